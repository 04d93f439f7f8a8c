import { describe, expect, it } from "vitest";
import { isCrossSiteMutation } from "~/utils/request-guards.server";

const ours = "https://awards.example.org";
const post = (headers: Record<string, string>, url = `${ours}/login`) => new Request(url, { method: "POST", headers });

describe("the cross-site check", () => {
  it("allows a POST from our own origin", () => {
    expect(isCrossSiteMutation(post({ Origin: ours }), [ours])).toBe(false);
  });

  it("allows a POST whose Origin matches the address it was sent to", () => {
    expect(isCrossSiteMutation(post({ Origin: "http://127.0.0.1:4000" }, "http://127.0.0.1:4000/x"), [ours])).toBe(false);
  });

  it("refuses a POST from another origin, including a look-alike and the opaque null origin", () => {
    expect(isCrossSiteMutation(post({ Origin: "https://evil.example" }), [ours])).toBe(true);
    expect(isCrossSiteMutation(post({ Origin: "https://awards.example.org.evil.example" }), [ours])).toBe(true);
    expect(isCrossSiteMutation(post({ Origin: "null" }), [ours])).toBe(true);
  });

  it("falls back to Sec-Fetch-Site when there is no Origin", () => {
    expect(isCrossSiteMutation(post({ "Sec-Fetch-Site": "cross-site" }), [ours])).toBe(true);
    expect(isCrossSiteMutation(post({ "Sec-Fetch-Site": "same-site" }), [ours])).toBe(true);
    expect(isCrossSiteMutation(post({ "Sec-Fetch-Site": "same-origin" }), [ours])).toBe(false);
  });

  it("never blocks reading", () => {
    expect(isCrossSiteMutation(new Request(`${ours}/`, { headers: { Origin: "https://evil.example" } }), [ours])).toBe(false);
  });
});
