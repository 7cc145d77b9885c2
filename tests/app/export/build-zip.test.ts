import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildZip } from "../../../src/app/features/export/build-zip";

describe("buildZip", () => {
  it("holds each file with its UTF-8 content", () => {
    const zip = buildZip(
      [
        { name: "a.csv", content: "\uFEFFregion\r\n太原市" },
        { name: "README.md", content: "# 说明" },
        { name: "bytes.bin", content: new Uint8Array([1, 2, 3]) },
      ],
      new Date("2026-11-28T03:00:00Z"),
    );
    expect([...zip.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(["README.md", "a.csv", "bytes.bin"]);
    const csv = files["a.csv"] as Uint8Array;
    // The BOM survives as bytes (TextDecoder would hide it when decoding).
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(csv.slice(3))).toBe("region\r\n太原市");
    expect(strFromU8(files["README.md"] as Uint8Array)).toBe("# 说明");
    expect([...(files["bytes.bin"] as Uint8Array)]).toEqual([1, 2, 3]);
  });

  it("gives the same bytes for the same input", () => {
    const when = new Date("2026-11-28T03:00:00Z");
    expect(buildZip([{ name: "x", content: "y" }], when)).toEqual(buildZip([{ name: "x", content: "y" }], when));
  });
});
