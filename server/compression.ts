// Compression of what the server sends: HTML, JSON, CSV, feeds, CSS and JavaScript, in brotli or gzip
// as the browser's Accept-Encoding allows (docs/decisions/036). Small bodies and event streams go as
// they are. A cached public page carries a fresh CSP nonce in each response, so it is kept compressed
// in pieces around the nonce: each response joins the pieces with its own nonce in a stored (literal)
// deflate block, and the page is never compressed again while it is current.
import zlib from "node:zlib";

export type Encoding = "br" | "gzip";

/** Below this a compressed body saves less than the work and the headers cost. */
export const MIN_COMPRESSED_BYTES = 1024;

const COMPRESSIBLE = /^(text\/(html|css|csv|plain|javascript|xml|calendar)|application\/(json|javascript|xml|atom\+xml|rss\+xml|manifest\+json|ld\+json|x-ndjson)|image\/svg\+xml)\b/i;

/** Whether a body of this type is worth compressing (text of any kind but an event stream). */
export function isCompressible(contentType: string | null | undefined): boolean {
  return !!contentType && COMPRESSIBLE.test(contentType.trim());
}

/** The encoding to send, from the request's Accept-Encoding: brotli, then gzip, else none. */
export function chooseEncoding(acceptEncoding: string | string[] | undefined): Encoding | null {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : acceptEncoding;
  if (!header) return null;
  const q = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = weight ? Number(weight.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepts = (name: string) => (q.get(name) ?? q.get("*") ?? 0) > 0;
  if (accepts("br")) return "br";
  if (accepts("gzip") || (q.get("x-gzip") ?? 0) > 0) return "gzip";
  return null;
}

/** Adds Accept-Encoding to a Vary header's value (keeping what it said). */
export function varyWithAcceptEncoding(vary: string | null | undefined): string {
  if (!vary) return "Accept-Encoding";
  if (/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) return vary;
  return `${vary}, Accept-Encoding`;
}

/** Compression levels: "stored" for what is compressed once and kept, "fly" for each response. */
function options(encoding: Encoding, effort: "stored" | "fly"): zlib.BrotliOptions | zlib.ZlibOptions {
  if (encoding === "br") {
    return {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: effort === "stored" ? 9 : 4,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      },
    };
  }
  return { level: effort === "stored" ? 9 : 6 };
}

/** A whole body compressed at once (kept, so compressed well). */
export function compressWhole(body: Buffer, encoding: Encoding): Buffer {
  return encoding === "br" ? zlib.brotliCompressSync(body, options("br", "stored")) : zlib.gzipSync(body, options("gzip", "stored"));
}

/** The same, off the main thread: for static files compressed the first time they are asked for. */
export function compressWholeAsync(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, result: Buffer) => (error ? reject(error) : resolve(result));
    if (encoding === "br") zlib.brotliCompress(body, options("br", "stored"), done);
    else zlib.gzip(body, options("gzip", "stored"), done);
  });
}

/** A compressing stream for a body sent as it is written. */
export function compressor(encoding: Encoding): zlib.BrotliCompress | zlib.Gzip {
  return encoding === "br" ? zlib.createBrotliCompress(options("br", "fly")) : zlib.createGzip(options("gzip", "fly"));
}

/**
 * A body with nonces in it, kept gzip-compressed in pieces: the deflate data of each stretch between
 * nonces, each ending on a byte boundary (a sync flush) and sharing no history with the others, so
 * that any nonce of the same length can be put between them as a stored block.
 */
export type GzipPieces = { segments: Buffer[]; stretches: Buffer[]; nonceLength: number; length: number };

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);
/** An empty final block with fixed codes: the end of a deflate stream after a flush. */
const FINAL_BLOCK = Buffer.from([3, 0]);

export function gzipPieces(body: Buffer, noncePositions: number[], nonceLength: number): GzipPieces {
  const stretches: Buffer[] = [];
  let from = 0;
  for (const at of noncePositions) {
    stretches.push(body.subarray(from, at));
    from = at + nonceLength;
  }
  stretches.push(body.subarray(from));
  const segments = stretches.map((stretch) =>
    zlib.deflateRawSync(stretch, { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH }),
  );
  return { segments, stretches, nonceLength, length: body.length };
}

function storedBlock(data: Buffer): Buffer {
  const block = Buffer.alloc(5 + data.length);
  block[0] = 0; // not final, stored; the rest of the byte is padding
  block.writeUInt16LE(data.length, 1);
  block.writeUInt16LE(~data.length & 0xffff, 3);
  data.copy(block, 5);
  return block;
}

/** The gzip body of the pieces with this nonce between them. */
export function gzipWithNonce(pieces: GzipPieces, nonce: string): Buffer {
  const nonceBytes = Buffer.from(nonce, "latin1");
  if (nonceBytes.length !== pieces.nonceLength && pieces.segments.length > 1) throw new Error("A nonce must keep its length");
  const stored = storedBlock(nonceBytes);
  const parts: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  pieces.segments.forEach((segment, i) => {
    if (i > 0) {
      parts.push(stored);
      crc = zlib.crc32(nonceBytes, crc);
    }
    parts.push(segment);
    crc = zlib.crc32(pieces.stretches[i], crc);
  });
  parts.push(FINAL_BLOCK);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(pieces.length >>> 0, 4);
  parts.push(trailer);
  return Buffer.concat(parts);
}
