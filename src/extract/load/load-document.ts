import { checkMeta, parseFrontMatter } from "../front-matter";
import type { LoadedDocument } from "../types";
import { decodeBytes, type TextEncoding } from "./decode-bytes";
import { htmlToText } from "./html-to-text";
import { LoadError } from "./load-error";

export interface LoadedFile {
  document: LoadedDocument;
  encoding: TextEncoding;
  /** Non-fatal problems worth a line on stderr (truncated UTF-8 …). */
  warnings: string[];
}

// An HTML page saved under another extension: it starts with a doctype or <html>.
// Real example: "<!DOCTYPE html>\n<html lang=\"zh-CN\">".
const HTML_START = /^\s*<(?:!doctype\s+html|html[\s>])/iu;

/**
 * Bytes of one article file → the document the reading side works on:
 * decoded, and with its metadata from front matter (text) or <meta> (HTML).
 * Throws LoadError with a one-line reason when the file cannot be used.
 */
export function loadDocument(bytes: Uint8Array, file: string, id: string): LoadedFile {
  const decoded = decodeBytes(bytes);
  const isHtml = /\.html?$/iu.test(file) || HTML_START.test(decoded.text.slice(0, 512));
  if (isHtml) {
    const page = htmlToText(decoded.text);
    if (!/\S/u.test(page.text)) throw new LoadError("empty file (HTML page without visible text)");
    const meta = checkMeta(page.meta, "HTML <meta>");
    return {
      document: { id, file, text: page.text, bodyStart: 0, meta, format: "html", encoding: decoded.encoding },
      encoding: decoded.encoding,
      warnings: decoded.warnings,
    };
  }
  const fm = parseFrontMatter(decoded.text);
  if (!/\S/u.test(decoded.text.slice(fm.bodyStart))) throw new LoadError("empty file (front matter but no text)");
  return {
    document: {
      id,
      file,
      text: decoded.text,
      bodyStart: fm.bodyStart,
      meta: fm.meta,
      format: "text",
      encoding: decoded.encoding,
    },
    encoding: decoded.encoding,
    warnings: decoded.warnings,
  };
}
