import { describe, expect, it } from "vitest";
import { publicCacheControl, sharedCacheSeconds } from "./public-caching";

const now = Date.parse("2026-12-03T12:00:00Z");

describe("how long a shared cache may keep a public page", () => {
  it("browsers revalidate every time; shared caches keep it a minute when no announcement is near", () => {
    expect(publicCacheControl(null, now)).toBe("public, max-age=0, must-revalidate, s-maxage=60");
    expect(sharedCacheSeconds("2026-12-04T12:00:00Z", now)).toBe(60);
  });

  it("never past the next announcement", () => {
    expect(sharedCacheSeconds("2026-12-03T12:00:25Z", now)).toBe(25);
    expect(sharedCacheSeconds("2026-12-03T12:00:00.500Z", now)).toBe(0);
    expect(publicCacheControl("2026-12-03T11:59:58Z", now)).toBe("public, max-age=0, must-revalidate, s-maxage=0");
  });
});
