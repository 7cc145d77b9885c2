/**
 * Encodes text as UTF-8 into one reused buffer (grown when needed): the
 * records of a file are encoded once and the bytes handed to the cache and
 * the dataset, which both copy them before the next file, instead of each
 * encoding the string into a fresh allocation of its own.
 */
export class Utf8Scratch {
  private buffer = Buffer.allocUnsafe(1 << 20);

  /** `text` as UTF-8 (a view valid until the next call); bytes are returned as they are. */
  of(text: string | Uint8Array): Uint8Array {
    if (typeof text !== "string") return text;
    // Up to 3 bytes per UTF-16 code unit.
    if (text.length * 3 > this.buffer.length) this.buffer = Buffer.allocUnsafe(text.length * 3);
    return this.buffer.subarray(0, this.buffer.write(text));
  }
}
