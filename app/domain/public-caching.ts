// How long a shared cache (a CDN or proxy) may keep a public page. Browsers always revalidate (the
// server answers 304 while the archive is unchanged); a shared cache keeps a page at most a minute,
// and never past the next scheduled announcement, so that a new case study cannot be hidden by a
// copy made before it was published (docs/decisions/036).

/** The longest a shared cache may keep a public page, in seconds. */
export const SHARED_CACHE_SECONDS = 60;

/** Seconds a shared cache may keep a page made at `now`, given the next announcement's time (ISO). */
export function sharedCacheSeconds(nextAnnouncementAt: string | null, now: number): number {
  if (!nextAnnouncementAt) return SHARED_CACHE_SECONDS;
  const until = Date.parse(nextAnnouncementAt);
  if (!Number.isFinite(until)) return SHARED_CACHE_SECONDS;
  return Math.max(0, Math.min(SHARED_CACHE_SECONDS, Math.floor((until - now) / 1000)));
}

/** The Cache-Control header of a public page for a visitor who is not signed in. */
export function publicCacheControl(nextAnnouncementAt: string | null, now: number): string {
  return `public, max-age=0, must-revalidate, s-maxage=${sharedCacheSeconds(nextAnnouncementAt, now)}`;
}
