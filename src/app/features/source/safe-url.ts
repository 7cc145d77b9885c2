/**
 * Returns the URL when it is an absolute http(s) address, else null: article
 * metadata is untrusted, and a javascript: or data: link must never become clickable.
 */
export function safeHttpUrl(raw: string | undefined | null): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
}
