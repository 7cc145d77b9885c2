/**
 * A file that cannot become a document. The message is the reason alone
 * ("binary file", "empty file" …); the caller prefixes the file name, so the
 * user gets exactly one line per bad file.
 */
export class LoadError extends Error {
  override name = "LoadError";
}
