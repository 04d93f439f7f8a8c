// An in-memory copy of public responses for visitors who are not signed in. A copy is served only
// while the archive's revision is the one it was built from, so a publication or an edit shows at once.
export type CachedResponse = {
  revision: string;
  status: number;
  headers: [string, string][];
  body: Buffer;
  etag: string | null;
};

export class PageCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  has(key: string): boolean {
    return this.entries.has(key);
  }

  get(key: string, currentRevision: string): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.revision !== currentRevision) {
      this.delete(key);
      return undefined;
    }
    // Least recently used goes first: re-inserting moves this key to the end.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  set(key: string, value: CachedResponse): void {
    this.delete(key);
    if (value.body.length > this.maxBytes / 16) return;
    this.entries.set(key, value);
    this.bytes += value.body.length;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.body.length;
    }
  }

  private delete(key: string) {
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.body.length;
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
