import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ExtractOptions, runExtract } from "../../src/extract/run/run-extract";
import { datasetSchema } from "../../src/schema/dataset";

// The extract command run in-process (no worker threads, silent effects):
// every bad input of issue 7 with its outcome, atomic output, the cache.
const BAD = new URL("./fixtures/bad/", import.meta.url);
const SAMPLE = new URL("../../data/raw/000_a349228e6c3992d1.txt", import.meta.url);
const GOOD =
  "---\nsource: 太原日报\ndate: 2021-06-20\nregion: 太原市\n---\n今年1至5月，太原市进出口总值123.4亿元，比去年同期增长5.6%。\n";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "zhibiao-extract-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(inputs: string[], extra: Partial<ExtractOptions> = {}) {
  const lines: string[] = [];
  const summary = await runExtract(
    { inputs, out: "out/indicators.json", strict: false, cacheDir: null, jobs: 1, cwd: dir, ...extra },
    { log: (line) => lines.push(line) },
  );
  const outPath = join(dir, extra.out ?? "out/indicators.json");
  const text = existsSync(outPath) ? readFileSync(outPath, "utf8") : "";
  const dataset = text.startsWith("{") ? datasetSchema.parse(JSON.parse(text)) : null;
  return { summary, lines, dataset, outPath };
}

const put = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
  return name;
};
const copyBad = (name: string): string => {
  copyFileSync(new URL(name, BAD), join(dir, name));
  return name;
};

describe("bad inputs next to a good file: one line naming the file, exit 1, the good file still extracted", () => {
  it.each([
    ["empty.txt", "empty file"],
    ["whitespace-only.txt", "empty file (only whitespace)"],
    ["png-renamed.txt", "binary file (contains NUL bytes)"],
    ["latin1-unknown.txt", "unknown encoding (not UTF-8, UTF-16, GB18030/GBK or Big5)"],
    ["unclosed-front-matter.txt", "front matter block opened with --- is never closed"],
    ["invalid-date.txt", 'front matter date "2022-02-30" is not a valid ISO date (YYYY-MM-DD)'],
  ])("%s", async (name, reason) => {
    put("good.txt", GOOD);
    copyBad(name);
    const { summary, lines, dataset } = await run(["good.txt", name]);
    expect(summary.exitCode).toBe(1);
    expect(lines.filter((l) => l.startsWith(`${name}:`))).toEqual([`${name}: ${reason}`]);
    expect(dataset?.documents.map((d) => d.file)).toEqual(["good.txt"]);
    expect(dataset?.records.length).toBeGreaterThan(0);
  });

  it("a path that does not exist", async () => {
    put("good.txt", GOOD);
    const { summary, lines, dataset } = await run(["good.txt", "nope/missing.txt"]);
    expect(summary.exitCode).toBe(1);
    expect(lines).toContain("nope/missing.txt: no such file or directory");
    expect(dataset?.documents).toHaveLength(1);
  });

  it("a folder with no article files", async () => {
    put("good.txt", GOOD);
    put("empty-dir/notes.json", "{}");
    put("empty-dir/README.md", "# not an article");
    const { summary, lines } = await run(["good.txt", "empty-dir"]);
    expect(summary.exitCode).toBe(1);
    expect(lines).toContain("empty-dir: no article files (*.txt, *.md, *.html) in this folder");
  });

  it("a file without read permission (as root the permission bits do not apply, so it is read)", async () => {
    put("good.txt", GOOD);
    put("locked.txt", GOOD.replace("123.4", "223.4"));
    chmodSync(join(dir, "locked.txt"), 0o000);
    const { summary, lines, dataset } = await run(["good.txt", "locked.txt"]);
    if (process.getuid?.() === 0) {
      expect(summary.exitCode).toBe(0);
      expect(dataset?.documents).toHaveLength(2);
    } else {
      expect(summary.exitCode).toBe(1);
      expect(lines).toContain("locked.txt: cannot read: permission denied");
      expect(dataset?.documents).toHaveLength(1);
    }
  });
});

describe("inputs that are decoded and extracted", () => {
  it("GBK, Big5, UTF-16 with and without BOM, UTF-8 with BOM and truncated UTF-8 give the same figures as UTF-8", async () => {
    const names = [
      "utf8-bom.txt",
      "gbk.txt",
      "utf16le-bom.txt",
      "utf16le-no-bom.txt",
      "utf16be-no-bom.txt",
      "truncated-utf8.txt",
    ];
    for (const n of names) mkdirSync(join(dir, n.replace(".txt", "")));
    for (const n of names) copyFileSync(new URL(n, BAD), join(dir, n.replace(".txt", ""), "page.txt"));
    copyBad("big5.txt");
    const { summary, lines, dataset } = await run([...names.map((n) => n.replace(".txt", "")), "big5.txt"]);
    expect(summary.exitCode).toBe(0);
    expect(lines).toContain(
      "truncated-utf8/page.txt: warning: truncated UTF-8 at the end of the file: 2 byte(s) dropped",
    );
    // Same content in six encodings → the first is kept, the others are duplicates.
    expect(lines.filter((l) => l.includes("warning: skipped, same content as"))).toHaveLength(0);
    const values = (file: string) =>
      dataset?.records
        .filter((r) => dataset.documents.find((d) => d.id === r.source.document)?.file === file)
        .map((r) => `${r.indicator}/${r.measure}=${r.value}`)
        .sort();
    expect(values("utf8-bom/page.txt")?.length).toBeGreaterThan(0);
    for (const n of ["gbk", "utf16le-bom", "utf16le-no-bom", "utf16be-no-bom"]) {
      expect(values(`${n}/page.txt`)).toEqual(values("utf8-bom/page.txt"));
    }
    expect(values("big5.txt")).toContain("trade.total/value=366720000000");
  });

  it("HTML: visible text only, metadata from <meta>", async () => {
    copyBad("page.html");
    const { summary, dataset } = await run(["page.html"]);
    expect(summary.exitCode).toBe(0);
    expect(dataset?.documents[0]).toMatchObject({
      file: "page.html",
      source: "江西日报",
      date: "2018-08-15",
      region: "江西省",
    });
    const values = dataset?.records.map((r) => r.value) ?? [];
    expect(values).toContain(202890000000);
    expect(values.some((v) => [999900000000, 888800000000, 777700000000, 666600000000, 555500000000].includes(v))).toBe(
      false,
    );
  });

  it("duplicate files: the second copy is skipped with a warning, exit 0", async () => {
    put("a/page.txt", GOOD);
    put("b/page-copy.txt", GOOD);
    const { summary, lines, dataset } = await run(["a", "b", "a/page.txt"]);
    expect(summary.exitCode).toBe(0);
    expect(lines).toContain("b/page-copy.txt: warning: skipped, same content as a/page.txt");
    expect(dataset?.documents.map((d) => d.file)).toEqual(["a/page.txt"]);
  });

  it("the sample page gives at least 3 records", async () => {
    copyFileSync(SAMPLE, join(dir, "sample.txt"));
    const { summary, dataset } = await run(["sample.txt"]);
    expect(summary.exitCode).toBe(0);
    expect(dataset?.records.length).toBeGreaterThanOrEqual(3);
  });
});

describe("size and memory", () => {
  it("a 100 MB file with no line breaks is refused before it is read; memory stays flat", async () => {
    put("good.txt", GOOD);
    const fd = openSync(join(dir, "huge.txt"), "w");
    const chunk = Buffer.from("今年1至5月太原市进出口总值123.4亿元比去年同期增长5.6%".repeat(20_000)); // ~1.5 MB, no "\n"
    let size = 0;
    while (size < 100 * 1024 * 1024) size += writeSync(fd, chunk);
    closeSync(fd);
    const before = process.memoryUsage().rss;
    const { summary, lines, dataset } = await run(["good.txt", "huge.txt"]);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    expect(summary.exitCode).toBe(1);
    expect(
      lines.some((l) => /^huge\.txt: file too large \(100\.\d MB; the limit is 32\.0 MB per file\)$/u.test(l)),
    ).toBe(true);
    expect(dataset?.documents).toHaveLength(1);
  }, 60_000);

  it("a 1 MB article with no line breaks is extracted in bounded time", async () => {
    const sentence =
      "今年1至5月，太原市进出口总值123.4亿元，比去年同期增长5.6%。会议强调，要坚持项目为王，推动项目早落地。";
    put("long.txt", sentence.repeat(Math.ceil(1_000_000 / Buffer.byteLength(sentence))));
    const t = performance.now();
    const { summary } = await run(["long.txt"]);
    expect(summary.exitCode).toBe(0);
    expect(performance.now() - t).toBeLessThan(30_000);
  }, 60_000);
});

describe("output", () => {
  it("--strict writes nothing when an input fails, and the previous dataset stays", async () => {
    put("good.txt", GOOD);
    put("out/indicators.json", "previous");
    copyBad("empty.txt");
    const { summary, lines } = await run(["good.txt", "empty.txt"], { strict: true });
    expect(summary.exitCode).toBe(1);
    expect(lines).toContain("nothing written (--strict): 1 input(s) failed");
    expect(readFileSync(join(dir, "out/indicators.json"), "utf8")).toBe("previous");
    expect(readdirSync(join(dir, "out"))).toEqual(["indicators.json"]);
  });

  it("nothing is written when no document could be read", async () => {
    copyBad("png-renamed.txt");
    const { summary, lines, dataset } = await run(["png-renamed.txt"]);
    expect(summary.exitCode).toBe(1);
    expect(lines.at(-1)).toBe("nothing written: no document could be read");
    expect(dataset).toBeNull();
  });

  it("an aborted run (SIGINT/SIGTERM in the CLI) leaves the previous dataset and no temporary files", async () => {
    put("good.txt", GOOD);
    put("out/indicators.json", "previous");
    const controller = new AbortController();
    controller.abort();
    const summary = await runExtract(
      { inputs: ["good.txt"], out: "out/indicators.json", strict: false, cacheDir: null, jobs: 1, cwd: dir },
      { log: () => {}, signal: controller.signal },
    );
    expect(summary).toMatchObject({ aborted: true, written: false, exitCode: 1 });
    expect(readdirSync(join(dir, "out"))).toEqual(["indicators.json"]);
    expect(readFileSync(join(dir, "out/indicators.json"), "utf8")).toBe("previous");
  });
});

describe("progress", () => {
  it("on a terminal: a status line counting files (the first file already counted), cleared at the end", async () => {
    for (let i = 0; i < 3; i++) put(`c/p${i}.txt`, GOOD.replace("123.4", `${100 + i}.5`));
    const status: string[] = [];
    const summary = await runExtract(
      { inputs: ["c"], out: "out/indicators.json", strict: false, cacheDir: null, jobs: 1, cwd: dir },
      { log: () => {}, progress: (line) => status.push(line) },
    );
    expect(summary.exitCode).toBe(0);
    expect(status[0]).toMatch(/^extract: 1\/3 files, [\d.]+ MB\/s$/u);
    expect(status.at(-1)).toBe("");
  });
});

describe("cache", () => {
  it("an unchanged corpus is served from the cache; one changed file is the only one re-extracted", async () => {
    for (let i = 0; i < 5; i++) put(`c/p${i}.txt`, GOOD.replace("123.4", `${100 + i}.5`));
    const cold = await run(["c"], { cacheDir: ".cache/extract" });
    const warm = await run(["c"], { cacheDir: ".cache/extract" });
    expect([cold.summary.cached, warm.summary.cached]).toEqual([0, 5]);
    expect({ ...warm.dataset, generatedAt: "" }).toEqual({ ...cold.dataset, generatedAt: "" });
    put("c/p2.txt", GOOD.replace("123.4", "999.9"));
    const changed = await run(["c"], { cacheDir: ".cache/extract" });
    expect(changed.summary.cached).toBe(4);
    expect(changed.dataset?.records.some((r) => r.value === 99990000000)).toBe(true);
  });

  it("a run that writes nothing (--strict, one bad file) still keeps the results it extracted", async () => {
    for (let i = 0; i < 3; i++) put(`c/p${i}.txt`, GOOD.replace("123.4", `${100 + i}.5`));
    put("c/empty.txt", "");
    const failed = await run(["c"], { cacheDir: ".cache/extract", strict: true });
    expect([failed.summary.exitCode, failed.summary.written, failed.dataset]).toEqual([1, false, null]);
    const again = await run(["c"], { cacheDir: ".cache/extract" });
    expect(again.summary).toMatchObject({ written: true, cached: 3, documents: 3 });
  });

  it("a re-run over unchanged files leaves the dataset in place and repeats what the run printed", async () => {
    // Files last written a minute ago: their stats are trusted (newer ones are re-hashed).
    let old = Date.now() - 60_000;
    const age = (name: string): string => {
      old += 1000;
      utimesSync(join(dir, name), old / 1000, old / 1000);
      return name;
    };
    for (let i = 0; i < 3; i++) age(put(`c/p${i}.txt`, GOOD.replace("123.4", `${100 + i}.5`)));
    age(put("c/copy.txt", GOOD.replace("123.4", "100.5")));
    const cold = await run(["c"], { cacheDir: ".cache/extract" });
    expect(cold.summary.upToDate).toBe(false);
    expect(cold.lines.some((l) => l.includes("same content as"))).toBe(true);
    const before = statSync(cold.outPath);

    const warm = await run(["c"], { cacheDir: ".cache/extract" });
    expect(warm.summary).toMatchObject({ upToDate: true, exitCode: 0, cached: 4, documents: 3 });
    expect(warm.summary.records).toBe(cold.summary.records);
    expect(warm.dataset).toEqual(cold.dataset);
    expect(statSync(warm.outPath).mtimeMs).toBe(before.mtimeMs);
    expect(warm.lines.slice(0, -1)).toEqual(cold.lines.slice(0, -1));
    expect(warm.lines.at(-1)).toMatch(/is up to date/u);

    // Someone else's file at the output path is replaced, not trusted.
    writeFileSync(warm.outPath, "edited");
    const afterEdit = await run(["c"], { cacheDir: ".cache/extract" });
    expect(afterEdit.summary.upToDate).toBe(false);
    expect(afterEdit.dataset?.records).toHaveLength(cold.summary.records);

    age(put("c/p1.txt", GOOD.replace("123.4", "999.9")));
    const changed = await run(["c"], { cacheDir: ".cache/extract" });
    expect(changed.summary).toMatchObject({ upToDate: false, cached: 3 });
    expect(changed.dataset?.records.some((r) => r.value === 99990000000)).toBe(true);
  });
});
