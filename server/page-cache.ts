// An in-memory copy of public responses for visitors who are not signed in. A copy is served only
// while the archive's revision is the one it was built from, so a publication or an edit shows at once.
// A page's scripts carry the CSP nonce of the response they were rendered for; a copy keeps where that
// nonce stood, and each response from it writes a fresh one there (docs/decisions/018). It also keeps
// the body compressed, once per encoding asked for (docs/decisions/036).
import type { PageFrame } from "./signed-in-page";
import { chooseEncoding, compressWhole, gzipPieces, gzipWithNonce, isCompressible, MIN_COMPRESSED_BYTES, type Encoding, type GzipPieces } from "./compression";

export type CachedResponse = {
  revision: string;
  status: number;
  /** Every header but the Content-Security-Policy, which is made per response with its nonce. */
  headers: [string, string][];
  body: Buffer;
  etag: string | null;
  /** Byte offsets in body of the nonce it was rendered with. */
  noncePositions?: number[];
  /** The body compressed, made when first asked for: whole, or in pieces around the nonce. */
  compressed?: { br?: Buffer; gzip?: Buffer | GzipPieces };
  /** Its page shows everyone the same but its header: a signed-in copy may be made of it (server/signed-in-page.ts). */
  sameForEveryone?: boolean;
  /** Where a signed-in copy's parts are in the body, worked out when first asked for (null: cannot be made). */
  frame?: PageFrame | null;
};

/** What a response from a cached copy sends: the body with this nonce, compressed if it can be. */
export function cachedRepresentation(
  entry: CachedResponse,
  nonce: string,
  acceptEncoding: string | string[] | undefined,
): { body: Buffer; encoding: Encoding | null; varies: boolean } {
  const contentType = entry.headers.find(([key]) => key.toLowerCase() === "content-type")?.[1];
  const varies = entry.body.length >= MIN_COMPRESSED_BYTES && isCompressible(contentType);
  const preferred = varies ? chooseEncoding(acceptEncoding) : null;
  if (!preferred) return { body: bodyWithNonce(entry, nonce), encoding: null, varies };
  const compressed = (entry.compressed ??= {});
  if (!entry.noncePositions?.length) {
    const body = (compressed[preferred] ??= compressWhole(entry.body, preferred));
    return { body: body as Buffer, encoding: preferred, varies };
  }
  // Brotli cannot take a piece put between its own, so a page with a nonce goes as gzip.
  if (preferred === "br" && chooseEncoding(withoutBrotli(acceptEncoding)) !== "gzip") {
    return { body: bodyWithNonce(entry, nonce), encoding: null, varies };
  }
  const pieces = (compressed.gzip ??= gzipPieces(entry.body, entry.noncePositions, Buffer.byteLength(nonce, "latin1"))) as GzipPieces;
  return { body: gzipWithNonce(pieces, nonce), encoding: "gzip", varies };
}

function withoutBrotli(acceptEncoding: string | string[] | undefined): string {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : (acceptEncoding ?? "");
  return `${header}, br;q=0`;
}

/** Where the nonce occurs in a rendered body (a fresh random nonce occurs nowhere else). */
export function findNonce(body: Buffer, nonce: string): number[] {
  const positions: number[] = [];
  if (!nonce) return positions;
  for (let at = body.indexOf(nonce, 0, "latin1"); at >= 0; at = body.indexOf(nonce, at + nonce.length, "latin1")) positions.push(at);
  return positions;
}

/** The cached body with a new nonce (of the same length, as every nonce is) in place of the old. */
export function bodyWithNonce(entry: Pick<CachedResponse, "body" | "noncePositions">, nonce: string): Buffer {
  if (!entry.noncePositions?.length) return entry.body;
  const copy = Buffer.from(entry.body);
  for (const at of entry.noncePositions) copy.write(nonce, at, "latin1");
  return copy;
}

/** The bytes a copy holds: its body, every compressed copy made of it so far and its signed-in frame. */
export function storedBytes(entry: CachedResponse): number {
  const { br, gzip } = entry.compressed ?? {};
  const gzipBytes = !gzip ? 0 : Buffer.isBuffer(gzip) ? gzip.length : gzip.segments.reduce((total, segment) => total + segment.length, 0);
  // A frame's texts are JavaScript strings: two bytes a character.
  const frameBytes = entry.frame ? 2 * (entry.frame.beforeRoot.length + entry.frame.afterRoot.length) : 0;
  return entry.body.length + (br?.length ?? 0) + gzipBytes + frameBytes;
}

export class PageCache {
  /** Each copy with the bytes it was counted at (its body, and its compressed copies once made). */
  private readonly entries = new Map<string, { entry: CachedResponse; bytes: number }>();
  private bytes = 0;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  /** The largest body kept: larger ones are sent as they are written and not kept. */
  get maxEntryBytes(): number {
    return this.maxBytes / 16;
  }

  /** Bytes held by every copy, compressed ones included. */
  get size(): number {
    return this.bytes;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  get(key: string, currentRevision: string): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.entry.revision !== currentRevision) {
      this.delete(key);
      return undefined;
    }
    // Least recently used goes first: re-inserting moves this key to the end.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.entry;
  }

  set(key: string, value: CachedResponse): void {
    this.delete(key);
    if (value.body.length > this.maxEntryBytes) return;
    const bytes = storedBytes(value);
    this.entries.set(key, { entry: value, bytes });
    this.bytes += bytes;
    this.evict();
  }

  /**
   * What a response from the copy under key sends (cachedRepresentation), counting any compressed
   * copy it makes against the limit, as the body is (decision 036).
   */
  representation(key: string, entry: CachedResponse, nonce: string, acceptEncoding: string | string[] | undefined) {
    const representation = cachedRepresentation(entry, nonce, acceptEncoding);
    this.recount(key, entry);
    return representation;
  }

  /** The copy under key has grown (a compressed copy, its frame): counted again against the limit. */
  recount(key: string, entry: CachedResponse): void {
    const kept = this.entries.get(key);
    if (kept?.entry !== entry) return;
    const bytes = storedBytes(entry);
    if (bytes === kept.bytes) return;
    this.bytes += bytes - kept.bytes;
    kept.bytes = bytes;
    this.evict();
  }

  private evict() {
    for (const [oldest, { bytes }] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= bytes;
    }
  }

  private delete(key: string) {
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.bytes;
    }
  }
}

/** Whether an If-None-Match header matches an ETag (weak comparison, as RFC 9110 asks for GET). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string | null): boolean {
  if (!ifNoneMatch || !etag) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((candidate) => bare(candidate) === bare(etag));
}
