import type { FileOutcome } from "./process-file";

export interface OutcomeSources {
  /** Files whose result comes from the cache: served on their turn, never sent to a worker. */
  isCached(index: number): boolean;
  /** On their turn: the cached result, or the work done here when it is gone. */
  onTurn(index: number): FileOutcome;
  /** The work done on this thread. */
  local(index: number): FileOutcome;
  /** The work done on a worker thread; absent when there are none. */
  remote?: (index: number) => Promise<FileOutcome>;
}

export interface InOrderOptions {
  /** How far ahead of the file being written work may run: finished outcomes held are bounded by it. */
  window: number;
  /** Files the workers may hold now (running and queued): 0 while none has started, then enough that they never wait for this thread. */
  remoteCapacity: () => number;
  signal?: AbortSignal;
}

interface Slot {
  outcome?: FileOutcome;
  error?: unknown;
  settled?: Promise<void>;
}

/**
 * Outcomes of files 0 … count−1 in input order, whatever finishes first.
 * Worker threads get files ahead of the one being written, and this thread
 * works too: while the next file is still with a worker, it takes the
 * earliest file nobody has started. So N cores run N extractions, with one
 * worker fewer to start (each costs a module graph load), and memory holds
 * at most `window` finished outcomes.
 */
export async function* inOrder(
  count: number,
  sources: OutcomeSources,
  options: InOrderOptions,
): AsyncGenerator<FileOutcome> {
  const slots = new Map<number, Slot>();
  let considered = 0; // files below this index are either with a worker, done here, or cached
  let inFlight = 0;
  const limit = (next: number): number => Math.min(count, next + options.window);

  for (let next = 0; next < count; next++) {
    // Signals, progress and workers' messages get through between files.
    await new Promise((resolve) => setImmediate(resolve));
    for (;;) {
      if (options.signal?.aborted) return;
      if (sources.remote) {
        while (inFlight < options.remoteCapacity() && considered < limit(next)) {
          const index = considered++;
          if (sources.isCached(index)) continue;
          const slot: Slot = {};
          inFlight++;
          slot.settled = sources.remote(index).then(
            (outcome) => {
              slot.outcome = outcome;
              inFlight--;
            },
            (error: unknown) => {
              slot.error = error;
              inFlight--;
            },
          );
          slots.set(index, slot);
        }
      }
      const slot = slots.get(next);
      if (slot === undefined) {
        if (considered <= next) considered = next + 1;
        yield sources.onTurn(next);
        break;
      }
      if (slot.outcome !== undefined || slot.error !== undefined) {
        slots.delete(next);
        if (slot.error !== undefined) throw slot.error;
        yield slot.outcome as FileOutcome;
        break;
      }
      while (considered < limit(next) && sources.isCached(considered)) considered++;
      if (considered < limit(next)) {
        const index = considered++;
        slots.set(index, { outcome: sources.local(index) });
        // Let the workers' finished messages in before deciding again.
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      await slot.settled;
    }
  }
}
