import { get, type IncomingHttpHeaders } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { type APIRequestContext, expect, test } from "@playwright/test";

// How the built app is served (vite.config.ts, precompressedAssets): the
// build's Brotli and gzip copies of scripts and data go out as they are, to
// a client that takes them, with the same type and policy as the file.

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A request as it goes over the wire: the body as sent, not decoded (fetch and the request context decode it). */
function rawGet(url: URL, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const parts: Buffer[] = [];
      response.on("data", (part: Buffer) => parts.push(part));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(parts) }),
      );
      response.on("error", reject);
    }).on("error", reject);
  });
}

/** Script files index.html names. */
async function scripts(request: APIRequestContext): Promise<string[]> {
  const html = await (await request.get("/")).text();
  return [...html.matchAll(/<script\b[^>]*\bsrc="(?<src>\/assets\/[^"]+\.js)"/gu)].map((m) => m.groups?.src ?? "");
}

test.describe("compressed copies", () => {
  test("a client that takes Brotli gets the script as Brotli, one that takes only gzip gets gzip", async ({
    request,
  }) => {
    const [script] = await scripts(request);
    expect(script).toBeTruthy();
    const plain = await request.get(script ?? "", { headers: { "accept-encoding": "identity" } });
    expect(plain.ok()).toBe(true);
    const text = await plain.text();

    const url = new URL(script ?? "", plain.url());
    for (const [accept, encoding] of [
      ["gzip, deflate, br, zstd", "br"],
      ["gzip", "gzip"],
    ] as const) {
      const response = await rawGet(url, { "accept-encoding": accept });
      expect(response.headers["content-encoding"], accept).toBe(encoding);
      expect(response.headers["content-type"]).toMatch(/javascript/u);
      expect(response.headers["content-security-policy"]).toBeTruthy();
      expect(response.headers.vary).toMatch(/accept-encoding/iu);
      const decoded = encoding === "br" ? brotliDecompressSync(response.body) : gunzipSync(response.body);
      expect(decoded.toString("utf8")).toBe(text);
    }
  });

  test("the dataset goes out as Brotli too, and a repeat request with its ETag gets 304", async ({ request }) => {
    const url = new URL("/data/indicators.json", (await request.get("/")).url());
    const first = await rawGet(url, { "accept-encoding": "br" });
    expect(first.headers["content-encoding"]).toBe("br");
    expect(first.headers["content-type"]).toMatch(/application\/json/u);
    const dataset = JSON.parse(brotliDecompressSync(first.body).toString("utf8")) as { records: unknown[] };
    expect(dataset.records.length).toBeGreaterThan(0);
    const etag = String(first.headers.etag ?? "");
    expect(etag).not.toBe("");
    const again = await rawGet(url, { "accept-encoding": "br", "if-none-match": etag });
    expect(again.status).toBe(304);
  });
});
