import { describe, expect, it } from "vitest";
import { clientAddressFrom, hasTooManyFields, isCrossSiteMutation, requestOrigin } from "../../server/request-guards";

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

describe("the client's address behind trusted proxies", () => {
  it("ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddressFrom("6.6.6.6", "10.0.0.1", 0)).toBe("10.0.0.1");
  });

  it("takes the entry the trusted proxy appended, never the one the client wrote first", () => {
    expect(clientAddressFrom("6.6.6.6, 203.0.113.9", "10.0.0.1", 1)).toBe("203.0.113.9");
    expect(clientAddressFrom("6.6.6.6, 203.0.113.9, 10.0.0.2", "10.0.0.1", 2)).toBe("203.0.113.9");
    expect(clientAddressFrom(["6.6.6.6", "203.0.113.9"], "10.0.0.1", 1)).toBe("203.0.113.9");
    expect(clientAddressFrom("2001:db8::1", "10.0.0.1", 1)).toBe("2001:db8::1");
  });

  it("falls back to the socket's address when the header is missing, too short or not an address", () => {
    expect(clientAddressFrom(undefined, "10.0.0.1", 1)).toBe("10.0.0.1");
    expect(clientAddressFrom("203.0.113.9", "10.0.0.1", 2)).toBe("10.0.0.1");
    expect(clientAddressFrom("6.6.6.6, not-an-address", "10.0.0.1", 1)).toBe("10.0.0.1");
    expect(clientAddressFrom("", undefined, 1)).toBe("unknown");
  });
});

describe("the request's origin", () => {
  const options = { appOrigin: ours, trustProxy: 0 };
  it("comes from a Host that is a host name, and from the service's address otherwise", () => {
    expect(requestOrigin({ host: "127.0.0.1:4000" }, options)).toBe("http://127.0.0.1:4000");
    expect(requestOrigin({ host: "[::1]:4000" }, options)).toBe("http://[::1]:4000");
    for (const host of [undefined, "", "exa mple", "[::1", "a@b", "a/b", "x:99999", "évil.example"]) {
      expect(requestOrigin({ host }, options), String(host)).toBe(ours);
    }
  });

  it("believes X-Forwarded-Proto only from a trusted proxy, and only http or https", () => {
    expect(requestOrigin({ host: "awards.example.org", "x-forwarded-proto": "https" }, options)).toBe("http://awards.example.org");
    expect(requestOrigin({ host: "awards.example.org", "x-forwarded-proto": "https" }, { ...options, trustProxy: 1 })).toBe("https://awards.example.org");
    expect(requestOrigin({ host: "awards.example.org", "x-forwarded-proto": "gopher" }, { ...options, trustProxy: 1 })).toBe("http://awards.example.org");
  });

  it("believes X-Forwarded-Host only from a trusted proxy, and only a host name", () => {
    const headers = { host: "127.0.0.1:3000", "x-forwarded-host": "awards.example.org" };
    expect(requestOrigin(headers, options)).toBe("http://127.0.0.1:3000");
    expect(requestOrigin(headers, { ...options, trustProxy: 1 })).toBe("http://awards.example.org");
    expect(requestOrigin({ ...headers, "x-forwarded-host": "evil.example/path" }, { ...options, trustProxy: 1 })).toBe("http://127.0.0.1:3000");
  });
});

describe("hasTooManyFields", () => {
  const urlencoded = "application/x-www-form-urlencoded; charset=UTF-8";
  it("counts the fields of an urlencoded body by its separators", () => {
    expect(hasTooManyFields(urlencoded, Buffer.from("a=1&b=2&c=3"), 3)).toBe(false);
    expect(hasTooManyFields(urlencoded, Buffer.from("a=1&b=2&c=3&d"), 3)).toBe(true);
    expect(hasTooManyFields(urlencoded, Buffer.from("&&&"), 3)).toBe(true);
  });
  it("counts the parts of a multipart body by its boundaries, quoted or not", () => {
    const body = (n: number) => Buffer.from(`${Array.from({ length: n }, (_, i) => `--xyz\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nv\r\n`).join("")}--xyz--\r\n`);
    expect(hasTooManyFields("multipart/form-data; boundary=xyz", body(3), 3)).toBe(false);
    expect(hasTooManyFields("multipart/form-data; boundary=xyz", body(4), 3)).toBe(true);
    expect(hasTooManyFields('multipart/form-data; boundary="xyz"', body(4), 3)).toBe(true);
  });
  it("leaves bodies that are not forms alone", () => {
    expect(hasTooManyFields("application/json", Buffer.from("&&&&&&"), 3)).toBe(false);
    expect(hasTooManyFields(undefined, Buffer.from("&&&&&&"), 3)).toBe(false);
  });
});
