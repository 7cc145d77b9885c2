import { writeSync } from "node:fs";

const CHUNK_BYTES = 1 << 20;

/**
 * Buffered writes to an open file descriptor: small pieces (separators, a
 * short document's records) are gathered into one 1 MiB chunk per system
 * call, large ones go straight through, and text is encoded into the chunk
 * instead of into a new Buffer per piece.
 */
export class ChunkedFile {
  private readonly chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;

  constructor(readonly fd: number) {}

  push(bytes: Uint8Array): void {
    if (bytes.length > CHUNK_BYTES - this.used) {
      this.flush();
      if (bytes.length >= CHUNK_BYTES / 2) {
        writeFully(this.fd, bytes);
        return;
      }
    }
    this.chunk.set(bytes, this.used);
    this.used += bytes.length;
  }

  pushText(text: string): void {
    // Up to 3 bytes per UTF-16 code unit: whatever fits that bound is encoded in place.
    if (text.length * 3 > CHUNK_BYTES - this.used) {
      this.flush();
      if (text.length * 3 > CHUNK_BYTES) {
        writeFully(this.fd, Buffer.from(text, "utf8"));
        return;
      }
    }
    this.used += this.chunk.write(text, this.used, "utf8");
  }

  flush(): void {
    if (this.used === 0) return;
    writeFully(this.fd, this.chunk.subarray(0, this.used));
    this.used = 0;
  }
}

function writeFully(fd: number, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
}
