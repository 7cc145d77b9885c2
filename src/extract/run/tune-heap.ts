import { setFlagsFromString } from "node:v8";

/**
 * Lets V8's old generation grow to twice the memory that survived the last
 * full collection instead of up to four times (its default while it is
 * busy). An extraction keeps ~30 MB alive per thread and makes garbage at a
 * steady rate, so the default let each thread's heap swing between ~30 and
 * ~130 MB, and the process's peak was wherever those swings happened to
 * line up: higher the longer the run (20 MB corpus 280 MB, 60 MB corpus
 * 330–350 MB). At twice, both runs peak near 270 MB, for a full collection
 * every few seconds. V8 reads this flag at every collection, on every
 * thread, so setting it once at start-up is enough; the command and the
 * benchmark call it before any work, tests do not.
 */
export function tuneHeapForExtraction(): void {
  setFlagsFromString("--heap-growing-percent=100");
}
