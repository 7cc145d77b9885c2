import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { datasetSchema } from "../../src/schema/dataset";

// The real command line in a subprocess: usage errors, exit codes, stderr
// lines, worker threads, and a SIGTERM in the middle of a run.
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(ROOT, "src/extract/cli.ts");
const BAD = fileURLToPath(new URL("./fixtures/bad/", import.meta.url));
const GOOD =
  "---\nsource: 太原日报\ndate: 2021-06-20\nregion: 太原市\n---\n今年1至5月，太原市进出口总值123.4亿元，比去年同期增长5.6%。\n";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "zhibiao-cli-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

function corpus(files: number, bytesEach: number): string {
  const root = join(dir, "corpus");
  mkdirSync(root, { recursive: true });
  const filler = "会议强调，要坚持项目为王，强化要素保障，推动项目早落地、早开工、早投产、早见效。\n";
  for (let i = 0; i < files; i++) {
    const body =
      GOOD.replace("123.4", `${100 + i}.5`) + filler.repeat(Math.ceil(bytesEach / Buffer.byteLength(filler)));
    writeFileSync(join(root, `p${String(i).padStart(4, "0")}.txt`), body);
  }
  return root;
}

describe("extract CLI", () => {
  it.each([
    [["--bogus"], "Unknown option '--bogus'"],
    [["--out"], "Option '--out <value>' argument missing"],
    [["--jobs", "many"], '--jobs needs a positive whole number, got "many"'],
  ])("wrong usage %j → exit 2 with the reason and the usage", (args, reason) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(reason);
    expect(r.stderr).toContain("usage: npm run extract --");
  });

  it("--help prints the usage and exits 0", () => {
    const r = cli(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("exit status: 0 success");
  });

  it("a bad file among good ones: one stderr line naming it, exit 1, the good one written; no progress line off a terminal", () => {
    writeFileSync(join(dir, "good.txt"), GOOD);
    const out = join(dir, "out.json");
    const r = cli([
      join(dir, "good.txt"),
      join(BAD, "png-renamed.txt"),
      join(dir, "missing.txt"),
      "--out",
      out,
      "--no-cache",
    ]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines.filter((l) => l.endsWith("png-renamed.txt: binary file (contains NUL bytes)"))).toHaveLength(1);
    expect(lines.filter((l) => l.endsWith("missing.txt: no such file or directory"))).toHaveLength(1);
    expect(r.stderr).not.toContain("\r");
    const dataset = datasetSchema.parse(JSON.parse(readFileSync(out, "utf8")));
    expect(dataset.documents).toHaveLength(1);
  });

  it("worker threads give the same dataset as one in-process run", () => {
    const input = corpus(12, 200_000);
    const one = cli([input, "--out", join(dir, "one.json"), "--no-cache", "--jobs", "1"]);
    const two = cli([input, "--out", join(dir, "two.json"), "--no-cache", "--jobs", "2"]);
    expect([one.status, two.status]).toEqual([0, 0]);
    const read = (name: string) => ({ ...JSON.parse(readFileSync(join(dir, name), "utf8")), generatedAt: "" });
    expect(read("two.json")).toEqual(read("one.json"));
    expect(read("one.json").documents).toHaveLength(12);
  }, 120_000);

  it.each([
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const)(
    "%s in the middle of a run: exit %i, the previous dataset and no temporary files",
    async (signal, status) => {
      const input = corpus(400, 60_000);
      const outDir = join(dir, "out");
      mkdirSync(outDir);
      writeFileSync(join(outDir, "indicators.json"), "previous");
      const child: ChildProcess = spawn(
        process.execPath,
        ["--import", "tsx", CLI, input, "--out", join(outDir, "indicators.json"), "--no-cache", "--jobs", "1"],
        { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] },
      );
      let stderr = "";
      child.stderr?.on("data", (d: Buffer) => {
        stderr += d.toString();
      });
      const exited = new Promise<number | null>((ok) => child.on("exit", (code) => ok(code)));
      // Wait until the run has started writing (its temporary spill file exists).
      const deadline = Date.now() + 30_000;
      while (!readdirSync(outDir).some((f) => f.endsWith(".tmp")) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 10));
      }
      expect(
        readdirSync(outDir).some((f) => f.endsWith(".tmp")),
        "the run got as far as writing",
      ).toBe(true);
      child.kill(signal);
      expect(await exited).toBe(status);
      expect(stderr).toContain(`stopped by ${signal}; the previous dataset is unchanged`);
      expect(readdirSync(outDir)).toEqual(["indicators.json"]);
      expect(readFileSync(join(outDir, "indicators.json"), "utf8")).toBe("previous");
      expect(existsSync(join(outDir, "indicators.json"))).toBe(true);
    },
    120_000,
  );
});
