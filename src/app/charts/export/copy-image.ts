export type CopyOutcome = "copied" | "unavailable" | "failed";

interface ClipboardHost {
  clipboard?: Pick<Clipboard, "write">;
}

/**
 * Puts a PNG on the clipboard. The ClipboardItem gets the promise, not the
 * blob, so the write starts inside the click (Safari drops writes that start
 * after an await). Without the async clipboard API (plain http, old
 * browsers, denied permission) the caller shows a message instead.
 */
export async function copyImage(
  png: Promise<Blob>,
  host: ClipboardHost = navigator,
  Item: typeof ClipboardItem | undefined = globalThis.ClipboardItem,
): Promise<CopyOutcome> {
  if (!host.clipboard?.write || !Item) {
    // Settle the promise anyway so an export error is not left unhandled.
    await png.catch(() => undefined);
    return "unavailable";
  }
  try {
    await host.clipboard.write([new Item({ "image/png": png })]);
    return "copied";
  } catch {
    return "failed";
  }
}
