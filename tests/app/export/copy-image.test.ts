import { describe, expect, it, vi } from "vitest";
import { copyImage } from "../../../src/app/charts/export/copy-image";

class FakeItem {
  readonly items: Record<string, Promise<Blob>>;
  constructor(items: Record<string, Promise<Blob>>) {
    this.items = items;
  }
}
const Item = FakeItem as unknown as typeof ClipboardItem;
const png = () => () => Promise.resolve(new Blob(["x"], { type: "image/png" }));

describe("copyImage", () => {
  it("writes one PNG item to the clipboard", async () => {
    const write = vi.fn(async () => undefined);
    expect(await copyImage(png(), { clipboard: { write } }, Item)).toBe("copied");
    const [items] = write.mock.calls[0] as unknown as [FakeItem[]];
    expect(items).toHaveLength(1);
    expect(Object.keys(items[0]?.items ?? {})).toEqual(["image/png"]);
  });

  it("reports an unavailable clipboard instead of throwing", async () => {
    expect(await copyImage(png(), {}, Item)).toBe("unavailable");
    expect(await copyImage(png(), { clipboard: { write: vi.fn() } }, undefined)).toBe("unavailable");
  });

  it("reports a refused write", async () => {
    const write = vi.fn(async () => {
      throw new DOMException("denied", "NotAllowedError");
    });
    expect(await copyImage(png(), { clipboard: { write } }, Item)).toBe("failed");
  });

  it("does not draw the image when there is no clipboard", async () => {
    const make = vi.fn(png());
    expect(await copyImage(make, {}, Item)).toBe("unavailable");
    expect(make).not.toHaveBeenCalled();
  });

  it("reports a failed export as a failed copy", async () => {
    const write = vi.fn(async (items: ClipboardItem[]) => {
      await (items[0] as unknown as FakeItem).items["image/png"];
    });
    expect(await copyImage(() => Promise.reject(new Error("no chart")), { clipboard: { write } }, Item)).toBe("failed");
  });
});
