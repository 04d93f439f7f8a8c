// The fuzz set: every route of the authorization matrix, asked by every kind of caller, with hostile
// variants of everything a client controls (Host, cookies, query strings, `?_data=`, route data,
// bodies and their types, methods, bad %-encoding in the path, NUL bytes), against the real server
// over raw sockets. Nothing may answer 500 or above, and the server must still answer afterwards.
import net from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MATRIX, type Row } from "../helpers/authorization-matrix";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let port = 0;
const ids: Record<string, string> = {};
const callers: Record<string, string | undefined> = { anonymous: undefined };

const EMAILS = { entrant: "entrant@eastbrook.demo.test", judge: "judge.employer2@demo.test", admin: "admin@demo.test" };

beforeAll(async () => {
  app = await startTestServer({ demoStage: "judging" });
  port = Number(new URL(app.url).port);
  for (const [caller, email] of Object.entries(EMAILS)) callers[caller] = await app.sessionFor(email);
  callers.forged = "hpma_session=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  const judge = await app.db.selectFrom("users").select("id").where("email_normalised", "=", EMAILS.judge).executeTakeFirstOrThrow();
  const entry = await app.db
    .selectFrom("judging_assignments")
    .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
    .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
    .select(["judging_entries.code", "judging_entries.cycle_id", "judging_entries.nomination_id"])
    .where("judging_assignments.judge_user_id", "=", judge.id)
    .where("judging_assignments.status", "=", "live")
    .where("score_sheets.id", "is", null)
    .orderBy("judging_entries.code")
    .executeTakeFirstOrThrow();
  Object.assign(ids, { code: entry.code, cycleId: String(entry.cycle_id), nominationId: String(entry.nomination_id) });
  const someone = await app.db.selectFrom("users").select("id").where("email_normalised", "=", "entrant@fellside.demo.test").executeTakeFirstOrThrow();
  const org = await app.db.selectFrom("organisations").select("id").orderBy("id").executeTakeFirstOrThrow();
  const archived = await app.db.selectFrom("archive_entries").select(["id", "year", "slug"]).orderBy("id").executeTakeFirstOrThrow();
  Object.assign(ids, { userId: String(someone.id), organisationId: String(org.id), entryId: String(archived.id), entryYear: String(archived.year), entrySlug: archived.slug });
});
afterAll(async () => app.close());

const urlFor = (row: Row) => row.path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name]);

type RawRequest = { method?: string; target: string; headers?: Record<string, string>; body?: Buffer | string };

/**
 * One request written byte for byte on a socket (fetch would correct what we want to send wrong);
 * answers the status code, or 0 when the server closed the connection without answering.
 */
function raw({ method = "GET", target, headers = {}, body }: RawRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    const payload = body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(body) ? body : Buffer.from(body, "utf8");
    const head: Record<string, string> = { Host: `127.0.0.1:${port}`, Connection: "close", ...headers };
    if (body !== undefined && !("Content-Length" in head)) head["Content-Length"] = String(payload.length);
    const lines = [`${method} ${target} HTTP/1.1`, ...Object.entries(head).map(([k, v]) => `${k}: ${v}`)];
    const chunks: Buffer[] = [];
    socket.setTimeout(60_000, () => socket.destroy(new Error(`no answer to ${method} ${target}`)));
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", (error: NodeJS.ErrnoException) => (error.code === "ECONNRESET" || error.code === "EPIPE" ? resolve(statusOf(chunks)) : reject(error)));
    socket.on("close", () => resolve(statusOf(chunks)));
    socket.write(Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1"), payload]));
  });
}

function statusOf(chunks: Buffer[]): number {
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(Buffer.concat(chunks).subarray(0, 20).toString("latin1"));
  return match ? Number(match[1]) : 0;
}

const ORIGIN = () => `http://127.0.0.1:${port}`;
const BAD_COOKIES = ["x=%E0%A4%A", "hpma_session=%ZZ; y=%", "a=\u00ff\u00fe; =; ;;="];

/** The hostile variants of one route for one caller. */
function variants(path: string, file: string, cookie: string | undefined, hasPost: boolean): RawRequest[] {
  const withCookie = (extra?: string) => ({ ...(cookie || extra ? { Cookie: [cookie, extra].filter(Boolean).join("; ") } : {}) });
  const get = (target: string, headers: Record<string, string> = {}): RawRequest => ({ target, headers: { ...withCookie(), ...headers } });
  const dataPath = path === "/" ? "/_root.data" : `${path}.data`;
  const list: RawRequest[] = [
    get(path),
    ...["routes/x", "root", "", `routes/${file}`].map((d) => get(`${path}?_data=${d}`)),
    get(dataPath),
    get(`${dataPath}?_routes=routes/x`),
    get(`${dataPath}?_routes=root,routes/${file},,zz`),
    get(`${path}?%E0%A4%A=%ZZ&q=%00&page=-1&page=99999999999999999999&sort=%27--`),
    get(`${path}%E0%A4%A`),
    get(`${path}/%`),
    get(`${path}%00`),
    get(`${path}?q=${"x".repeat(6000)}`),
    get(path, { Host: "exa mple" }),
    get(path, { Host: "[::1" }),
    { target: path, headers: {} },
    ...BAD_COOKIES.map((bad) => get(path, { ...withCookie(bad) })),
    get(path, { "If-None-Match": "*, W/\"", Accept: "application/json;q=abc", "Accept-Language": "\u00ff" }),
    get(path, { "X-Forwarded-For": "::1, not-an-address", "X-Forwarded-Proto": "gopher" }),
    { method: "HEAD", target: path, headers: withCookie() },
    { method: "OPTIONS", target: path, headers: withCookie() },
    { method: "PUT", target: path, headers: { ...withCookie(), Origin: ORIGIN(), "Content-Type": "application/x-www-form-urlencoded" }, body: "a=1" },
    { method: "DELETE", target: path, headers: { ...withCookie(), Origin: ORIGIN() } },
    { method: "PROPFIND", target: path, headers: withCookie() },
  ];
  if (!hasPost) return list;
  const post = (contentType: string | undefined, body: Buffer | string, extra: Record<string, string> = {}): RawRequest => ({
    method: "POST",
    target: path,
    headers: { ...withCookie(), Origin: ORIGIN(), ...(contentType ? { "Content-Type": contentType } : {}), ...extra },
    body,
  });
  return [
    ...list,
    post("application/x-www-form-urlencoded", "%zz=%&=&&intent=%E0%A4%A&revision=5&_action=\u0000"),
    post("application/x-www-form-urlencoded", "intent=submit&revision=99&revision=x&email=" + "a".repeat(70_000)),
    post("application/json", "{not json"),
    post("text/plain", "\u0000\u0001\u0002"),
    post("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x"),
    post("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\n\u0000,\r\n--x--\r\n"),
    post(undefined, "a=1"),
    post("application/x-www-form-urlencoded", Buffer.alloc(1024 * 1024 + 10, 0x61)),
    post("application/x-www-form-urlencoded", "a=1", { "Content-Length": "5000000" }),
    post("application/x-www-form-urlencoded", "a=1", { "Content-Type": "application/x-www-form-urlencoded; charset=klingon" }),
  ];
}

/** Runs the requests a few at a time; answers those that came back 500 or above (or not at all). */
async function failures(requests: { label: string; request: RawRequest }[]): Promise<string[]> {
  const failed: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const { label, request } = requests[next++];
      const status = await raw(request);
      if (status >= 500 || status === 0) failed.push(`${status} ${label}: ${request.method ?? "GET"} ${request.target.slice(0, 120)} ${JSON.stringify(request.headers).slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return failed;
}

// Signing out would end the caller's session for the rest of the set; sign-out has tests of its own.
const skip = (file: string, caller: string) => file === "logout" && caller !== "anonymous";

describe("the fuzz set", () => {
  for (const caller of ["anonymous", "entrant", "judge", "admin", "forged"]) {
    it(`every route × every hostile variant, as ${caller}: no answer is 500 or above`, async () => {
      const requests = Object.entries(MATRIX)
        .filter(([file]) => !skip(file, caller))
        .flatMap(([file, row]) => variants(urlFor(row), file, callers[caller], Boolean(row.post)).map((request) => ({ label: `${caller} ${file}`, request })));
      expect(requests.length).toBeGreaterThan(1000);
      expect(await failures(requests)).toEqual([]);
    }, 600_000);
  }

  it("random requests (fast-check) over random routes, callers, paths, headers and bodies: no answer is 500 or above", async () => {
    const rows = Object.entries(MATRIX).filter(([file]) => file !== "logout");
    const piece = fc.oneof(
      fc.constantFrom("%", "%00", "%E0%A4%A", "%2F", "..", "/", "?", "&", "=", "#", "_data", "_routes", "root", "routes/x", ".data", ";", "'", "\"", "<", "%C0%AF", "%FF", "\u00e9"),
      fc.string({ maxLength: 6 }).map((s) => encodeURIComponent(s)),
    );
    const suffix = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(""));
    const headerText = fc.string({ unit: "binary-ascii", maxLength: 40 }).map((s) => s.replace(/[\r\n\u0000]/g, ""));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...rows),
        fc.constantFrom("anonymous", "entrant", "judge", "admin", "forged"),
        suffix,
        fc.constantFrom("GET", "POST", "HEAD", "PUT"),
        headerText,
        fc.constantFrom(undefined, "application/x-www-form-urlencoded", "multipart/form-data; boundary=b", "application/json", "text/plain"),
        fc.uint8Array({ maxLength: 300 }),
        async ([file, row], caller, tail, method, cookieNoise, contentType, body) => {
          const cookie = [callers[caller], cookieNoise].filter(Boolean).join("; ");
          const headers: Record<string, string> = { Origin: ORIGIN(), ...(cookie ? { Cookie: cookie } : {}), ...(contentType ? { "Content-Type": contentType } : {}) };
          const target = `${urlFor(row)}${tail}`.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
          const status = await raw({ method, target, headers, body: method === "GET" || method === "HEAD" ? undefined : Buffer.from(body) });
          expect(status, `${method} ${target} as ${caller} (${file})`).toBeGreaterThan(0);
          expect(status, `${method} ${target} as ${caller} (${file})`).toBeLessThan(500);
        },
      ),
      { numRuns: 300 },
    );
  }, 600_000);

  it("a score sheet not yet started, saved with a revision other than 0, is a conflict, not a failure", async () => {
    const res = await app.request(`/judging/entries/${ids.code}`, { cookie: callers.judge, form: { intent: "save", revision: "5" }, headers: { Origin: app.url } });
    expect(res.status).toBe(409);
  });

  it("requests the server cannot read (NUL in the request line, a bad Host) are refused with 400", async () => {
    expect(await raw({ target: "/\u0000" })).toBe(400);
    expect(await raw({ target: "/", headers: { Host: "exa mple" } })).toBeLessThan(500);
    expect(await raw({ target: "http://evil.example/" })).toBe(400);
    expect(await raw({ target: "/?_data=root" })).toBe(400);
    // A path that is not valid percent-encoding names no page: refused before it reaches the routes.
    expect(await raw({ target: "/judging/final/%FF/check" })).toBe(400);
    expect(await raw({ target: "/winners/%E0%A4%A" })).toBe(400);
    expect(await raw({ target: "/winners/caf%C3%A9" })).toBe(404);
    expect(await raw({ method: "PROPFIND", target: "/" })).toBe(405);
  });

  it("a POST to a page that takes none is a 405 and not logged as a fault (a visitor cannot fill the log)", async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.map(String).join(" "));
    try {
      const res = await app.request("/winners", { form: { q: "x" }, headers: { Origin: app.url } });
      expect(res.status).toBe(405);
    } finally {
      console.error = original;
    }
    expect(logged).toEqual([]);
  });

  it("the server still answers afterwards", async () => {
    expect(await raw({ target: "/healthz" })).toBe(200);
    expect((await app.request("/account", { cookie: callers.entrant })).status).toBe(200);
  });
});
