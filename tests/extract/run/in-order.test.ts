import { describe, expect, it } from "vitest";
import { inOrder, type OutcomeSources } from "../../../src/extract/run/in-order";
import type { FileOutcome } from "../../../src/extract/run/process-file";

const outcome = (i: number, where: string): FileOutcome => ({ ok: false, file: `f${i}`, bytes: i, reason: where });

/** Workers that finish in a scrambled order, recording what ran where and how far ahead work got. */
function fakeSources(count: number, cached: Set<number>) {
  const where = new Map<number, string>();
  const waiting: Array<() => void> = [];
  let delivered = 0;
  let furthestAhead = 0;
  const note = (i: number, place: string): void => {
    expect(where.has(i), `file ${i} done twice`).toBe(false);
    where.set(i, place);
    furthestAhead = Math.max(furthestAhead, i - delivered);
  };
  const sources: OutcomeSources = {
    isCached: (i) => cached.has(i),
    onTurn: (i) => {
      note(i, cached.has(i) ? "cache" : "turn");
      return outcome(i, where.get(i) ?? "");
    },
    local: (i) => {
      note(i, "local");
      return outcome(i, "local");
    },
    remote: (i) => {
      note(i, "remote");
      return new Promise((resolve) => {
        waiting.push(() => resolve(outcome(i, "remote")));
        // Release in a scrambled order: the newest first, every other time.
        setTimeout(() => (waiting.length % 2 === 0 ? waiting.pop() : waiting.shift())?.(), (i * 7) % 5);
      });
    },
  };
  return {
    sources,
    where,
    delivered: () => delivered++,
    furthestAhead: () => furthestAhead,
    count,
  };
}

describe("inOrder", () => {
  it("yields every file once, in input order, sharing the work between workers and this thread", async () => {
    const cached = new Set([3, 4, 10]);
    const fake = fakeSources(40, cached);
    const seen: string[] = [];
    for await (const o of inOrder(fake.count, fake.sources, { window: 8, remoteCapacity: () => 2 })) {
      seen.push(o.file);
      fake.delivered();
    }
    expect(seen).toEqual(Array.from({ length: 40 }, (_, i) => `f${i}`));
    expect(fake.where.size).toBe(40);
    const places = [...fake.where.values()];
    expect(places).toContain("remote");
    expect(places).toContain("local");
    // Cached files are never sent to a worker or re-extracted.
    for (const i of cached) expect(fake.where.get(i)).toBe("cache");
    // Work never runs further ahead of the file being written than the window.
    expect(fake.furthestAhead()).toBeLessThan(8);
  });

  it("keeps the work here until a worker has started", async () => {
    const fake = fakeSources(30, new Set());
    let delivered = 0;
    const seen: string[] = [];
    const startsAfter = 10;
    for await (const o of inOrder(30, fake.sources, {
      window: 8,
      remoteCapacity: () => (delivered >= startsAfter ? 2 : 0),
    })) {
      seen.push(o.file);
      delivered++;
      fake.delivered();
    }
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => `f${i}`));
    const firstRemote = Math.min(...[...fake.where].filter(([, w]) => w === "remote").map(([i]) => i));
    expect(firstRemote).toBeGreaterThanOrEqual(startsAfter);
    expect(firstRemote).toBeLessThan(30);
  });

  it("without workers, runs everything here in order", async () => {
    const fake = fakeSources(5, new Set());
    const { remote: _remote, ...sources } = fake.sources;
    const seen: string[] = [];
    for await (const o of inOrder(5, sources, { window: 4, remoteCapacity: () => 0 })) seen.push(o.file);
    expect(seen).toEqual(["f0", "f1", "f2", "f3", "f4"]);
    expect(new Set(fake.where.values())).toEqual(new Set(["turn"]));
  });

  it("stops at once when aborted, and passes a worker failure on", async () => {
    const controller = new AbortController();
    const fake = fakeSources(10, new Set());
    const seen: string[] = [];
    for await (const o of inOrder(10, fake.sources, {
      window: 4,
      remoteCapacity: () => 2,
      signal: controller.signal,
    })) {
      seen.push(o.file);
      if (seen.length === 2) controller.abort();
    }
    expect(seen).toEqual(["f0", "f1"]);

    const failing: OutcomeSources = {
      ...fakeSources(10, new Set()).sources,
      remote: () => Promise.reject(new Error("worker died")),
    };
    const run = async () => {
      for await (const _ of inOrder(10, failing, { window: 4, remoteCapacity: () => 2 })) {
        // drain
      }
    };
    await expect(run()).rejects.toThrow("worker died");
  });
});
