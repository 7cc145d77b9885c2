import { cpus } from "node:os";

/** Idle time of all processors so far, in milliseconds (the kernel counts it in clock ticks). */
export type IdleClock = () => number;

const systemIdle: IdleClock = () => {
  let idle = 0;
  for (const cpu of cpus()) idle += cpu.times.idle;
  return idle;
};

/**
 * How many processors sat idle between two looks, measured over at least
 * `minMs` of wall time (shorter windows are a few clock ticks and say
 * nothing). A worker thread only pays when a processor is free for it: on
 * a machine that other work keeps busy it competes with this thread for the
 * same processors, and a run with it measured slower than one without
 * (50 MB corpus, 2 cores, load 3: 4.0–4.4 MB/s against 4.7–4.8 MB/s).
 */
export class IdleCores {
  private lastIdle: number;
  private lastAt: number;

  constructor(
    private readonly minMs = 400,
    private readonly idle: IdleClock = systemIdle,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.lastIdle = idle();
    this.lastAt = now();
  }

  /** Processors idle on average since the previous answer, or null while the window is still too short. */
  sample(): number | null {
    const at = this.now();
    if (at - this.lastAt < this.minMs) return null;
    const idle = this.idle();
    const cores = (idle - this.lastIdle) / (at - this.lastAt);
    this.lastIdle = idle;
    this.lastAt = at;
    return Math.max(0, cores);
  }
}
