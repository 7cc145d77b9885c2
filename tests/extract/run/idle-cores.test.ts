import { describe, expect, it } from "vitest";
import { IdleCores } from "../../../src/extract/run/idle-cores";

describe("IdleCores", () => {
  it("answers only once the window is long enough, with the idle processors over it", () => {
    let now = 0;
    let idle = 1_000;
    const probe = new IdleCores(
      400,
      () => idle,
      () => now,
    );
    now = 100;
    idle += 100;
    expect(probe.sample()).toBeNull();
    now = 500;
    idle += 400;
    // 500 ms of idle time over 500 ms of wall time: one processor idle.
    expect(probe.sample()).toBe(1);
    now = 1_500;
    idle += 100;
    expect(probe.sample()).toBeCloseTo(0.1);
  });

  it("never answers less than none (a clock that went back)", () => {
    let now = 0;
    let idle = 1_000;
    const probe = new IdleCores(
      10,
      () => idle,
      () => now,
    );
    now = 20;
    idle = 900;
    expect(probe.sample()).toBe(0);
  });
});
