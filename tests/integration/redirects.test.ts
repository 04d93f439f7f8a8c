// Every redirect target that comes from the user goes through safeRedirect: hostile strings, generated
// by fast-check, never lead off the site, never throw, and always make a valid Location header.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { safeRedirect } from "../../app/request/permissions.server";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(async () => app.close());

const ADMIN = "admin@demo.test";

/** Pieces an attacker builds redirect targets from. */
const hostilePiece = fc.oneof(
  fc.constantFrom("/", "//", "\\", "/\\", "\\/", "%2f", "%2F", "%5c", "%5C", "%09", "%0d%0a", "\t", "\r", "\n", "\u0000", "\u007f", "\u0085", "\u2028", "\u3000", "／", "＼", "%E2%80%AE", "@", ":", "http:", "https:", "javascript:", "data:", "evil.example", "..", ".", "?", "#", "%", "%zz", "\uD800", "😀", "é", "€", " "),
  fc.string({ unit: "grapheme-composite", maxLength: 4 }),
  fc.string({ unit: "binary", maxLength: 4 }),
);
const hostile = fc.oneof(
  fc.array(hostilePiece, { maxLength: 8 }).map((parts) => parts.join("")),
  fc.array(hostilePiece, { maxLength: 8 }).map((parts) => `/${parts.join("")}`),
  fc.webUrl(),
  fc.string({ unit: "binary" }),
);

/** What a browser does with a Location header: resolve it against the page's address. */
function followed(location: string): URL {
  return new URL(location, app.url);
}

describe("safeRedirect", () => {
  it("never throws, and whatever it returns stays on this site, for any string at all", () => {
    fc.assert(
      fc.property(hostile, (to) => {
        const result = safeRedirect(to, "/fallback");
        expect(result.startsWith("/")).toBe(true);
        expect(result.startsWith("//")).toBe(false);
        expect(result).not.toMatch(/[\\\u0000-\u001f\u007f-\uffff]/);
        expect(followed(result).origin).toBe(new URL(app.url).origin);
        // A valid header value: Headers refuses anything else.
        expect(() => new Headers({ Location: result })).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });

  it("turns away the known tricks", () => {
    for (const to of ["/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "//evil.example", "/\\evil.example", "\\\\evil.example", "https://evil.example", "javascript:alert(1)", "/%09/evil.example".replace("%09", "\t")]) {
      expect(safeRedirect(to, "/home"), to).toBe("/home");
    }
  });

  it("keeps an ordinary path, with its query, and encodes what a header cannot carry", () => {
    expect(safeRedirect("/nominations/3?tab=a#b")).toBe("/nominations/3?tab=a#b");
    expect(safeRedirect("/winners?q=Siân")).toBe("/winners?q=Si%C3%A2n");
    expect(safeRedirect("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
  });
});

describe("signing in with a redirect", () => {
  it("never sends the browser off the site, and never fails, over HTTP", async () => {
    const targets = ["/\t/evil.example", "/\r/evil.example", "/\n/evil.example", "/€", "/\\evil.example", "//evil.example", "/%09/evil.example", "/account"];
    for (const redirectTo of targets) {
      const res = await app.request("/login", { form: { email: ADMIN, password: "partnership-demo", redirectTo }, headers: { Origin: app.url } });
      expect(res.status, JSON.stringify(redirectTo)).toBe(302);
      const location = res.headers.get("location")!;
      expect(location.startsWith("/") && !location.startsWith("//"), location).toBe(true);
      expect(followed(location).origin).toBe(new URL(app.url).origin);
    }
  });

  it("the sign-in page carries only a safe target into its form", async () => {
    const html = await (await app.request("/login?redirectTo=/%09/evil.example")).text();
    expect(html).toMatch(/name="redirectTo" value=""/);
    const res = await app.request("/login?redirectTo=%0d%0a%E2%82%AC");
    expect(res.status).toBe(200);
  });
});
