export type CopyOutcome = "copied" | "unavailable" | "failed";

interface ClipboardHost {
  clipboard?: Pick<Clipboard, "write">;
}

/**
 * Puts a PNG on the clipboard. The ClipboardItem gets the promise, not the
 * blob, so the write starts inside the click (Safari drops writes that start
 * after an await). Without the async clipboard API (plain http, old
 * browsers) the image is not even drawn and the caller shows a message.
 */
export async function copyImage(
  makePng: () => Promise<Blob>,
  host: ClipboardHost = navigator,
  Item: typeof ClipboardItem | undefined = globalThis.ClipboardItem,
): Promise<CopyOutcome> {
  if (!host.clipboard?.write || !Item) return "unavailable";
  const png = makePng();
  try {
    await host.clipboard.write([new Item({ "image/png": png })]);
    return "copied";
  } catch {
    // A failed export rejects png too; it is reported here, not left unhandled.
    await png.catch(() => undefined);
    return "failed";
  }
}
