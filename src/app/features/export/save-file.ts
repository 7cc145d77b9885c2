/**
 * Hands a file to the browser as a download. The object URL is revoked on
 * a while, once the click has surely started the download.
 */
export function saveFile(content: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(content);
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
