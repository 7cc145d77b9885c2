import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { pickEncoding, precompressFiles } from "../../vite.config";

describe("pickEncoding", () => {
  it.each([
    ["gzip, deflate, br, zstd", ["br", "gzip"]],
    ["gzip", ["gzip"]],
    ["br;q=1.0, gzip;q=0.5", ["br", "gzip"]],
    ["br;q=0, gzip", ["gzip"]],
    ["gzip;q=0.0", []],
    ["identity", []],
    ["", []],
  ])("%j → %j", (header, expected) => {
    expect(pickEncoding(header).map((e) => e.encoding)).toEqual(expected);
  });
});

describe("precompressFiles", () => {
  const dir = mkdtempSync(join(tmpdir(), "zhibiao-precompress-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes gzip and Brotli copies of scripts, stylesheets and JSON, in subfolders too, and nothing else", () => {
    const code = "export const answer = 42;\n".repeat(200);
    mkdirSync(join(dir, "assets"));
    mkdirSync(join(dir, "data"));
    writeFileSync(join(dir, "assets/index-a.js"), code);
    writeFileSync(join(dir, "assets/index-b.css"), "body{color:red}\n".repeat(100));
    writeFileSync(join(dir, "data/indicators.json"), JSON.stringify({ records: [] }));
    writeFileSync(join(dir, "favicon.svg"), "<svg/>");
    precompressFiles(dir);
    const js = join(dir, "assets/index-a.js");
    expect(gunzipSync(readFileSync(`${js}.gz`)).toString()).toBe(code);
    expect(brotliDecompressSync(readFileSync(`${js}.br`)).toString()).toBe(code);
    expect(readFileSync(`${js}.br`).length).toBeLessThan(code.length);
    expect(existsSync(join(dir, "assets/index-b.css.br"))).toBe(true);
    expect(existsSync(join(dir, "data/indicators.json.gz"))).toBe(true);
    expect(existsSync(join(dir, "favicon.svg.gz"))).toBe(false);
    // A second run does not compress the copies again.
    precompressFiles(dir);
    expect(existsSync(`${js}.gz.gz`)).toBe(false);
    expect(existsSync(`${js}.br.br`)).toBe(false);
  });
});
