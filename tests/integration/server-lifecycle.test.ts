// The real server as an operator runs it (tsx server/index.ts, a child process): /healthz; a log that
// cannot be written (its output goes to /dev/full) does not stop it; SIGTERM with a save in flight
// (the save finishes, the WAL is checkpointed, exit 0); a database folder that cannot be used (one
// sentence, no stack trace); and a full disk (SQLite's own error in the log, not "cannot rollback").
//
// Nothing here waits a fixed time: on a loaded machine a sleep is either too short or wasted. Each step
// waits for something the server does: the 100 Continue that says it has read a request's headers, the
// refused connection that says it has stopped listening, its exit.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSqliteHandle } from "~/platform/db.server";
import { tempDir } from "../helpers/database";
import { copySeededDataDir } from "../helpers/seeded-data";
import { startTestServer, type TestServer } from "../helpers/server";

const TSX = path.resolve("node_modules/.bin/tsx");

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function serverEnv(dataDir: string, port: number, extra: Record<string, string> = {}) {
  return { ...process.env, NODE_ENV: "test", PORT: String(port), APP_ORIGIN: `http://127.0.0.1:${port}`, DATA_DIR: dataDir, DATABASE_PATH: path.join(dataDir, "awards.db"), DEMO_DATA: "0", LOG_EMAIL_LINKS: "0", BACKUP_KEEP: "0", ...extra } as NodeJS.ProcessEnv;
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code))));
}

/** Polls until `check` is true (every 100 ms, up to `ms`); never a fixed sleep. */
async function until(check: () => Promise<boolean> | boolean, what: string, ms = 120_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`gave up waiting: ${what}`);
}

async function healthy(origin: string): Promise<boolean> {
  try {
    return (await fetch(`${origin}/healthz`)).status === 200;
  } catch {
    return false; // not listening yet
  }
}

/** True once nothing listens on the port: the server has stopped accepting connections. */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

describe("the server as a process", () => {
  let dataDir: string;
  let port: number;
  let origin: string;
  let child: ChildProcess;

  beforeAll(async () => {
    dataDir = tempDir("hpma-process-");
    // A seeded copy (register and history, no demo): start-up then only checks the seed is there.
    copySeededDataDir({ demo: false, demoStage: "open" }, dataDir);
    port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    // Its log goes to a device that is always full: every write to it fails with ENOSPC.
    const full = fs.openSync("/dev/full", "w");
    child = spawn(TSX, ["server/index.ts"], { env: serverEnv(dataDir, port), stdio: ["ignore", full, full] });
    fs.closeSync(full);
    await until(async () => {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
      return healthy(origin);
    }, "the server to answer /healthz", 180_000);
  }, 200_000);
  afterAll(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await exited(child);
  });

  it("keeps serving when its log cannot be written, and says the database is writable on /healthz", async () => {
    // Requests that log (a page not found is logged by the request handler).
    for (let i = 0; i < 3; i++) await fetch(`${origin}/no-such-page-${i}`);
    const res = await fetch(`${origin}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ ok: true, database: "writable" });
    expect(child.exitCode).toBeNull();
  });

  it("on SIGTERM finishes the save in flight, checkpoints the WAL, lets go of the database and exits 0", async () => {
    const email = "stopping.server@example.org";
    const body = new URLSearchParams({ organisationId: "not-listed", organisationName: "Northfield Community Health", name: "Morgan Ellis", email, password: "quiet lantern orchard river" }).toString();
    const socket = net.connect(port, "127.0.0.1");
    await new Promise((r) => socket.once("connect", r));
    let answer = "";
    socket.on("data", (d) => (answer += d.toString()));
    const closed = new Promise((r) => socket.once("close", r));
    // Headers only, asking to continue: the 100 Continue proves the server has the request in hand.
    socket.write(`POST /register HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${origin}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`);
    await until(() => answer.startsWith("HTTP/1.1 100 Continue"), "the server to read the request's headers", 60_000);
    child.kill("SIGTERM");
    // The stop has begun once new connections are refused; only then does the save's body arrive.
    await until(() => refused(port), "the server to stop listening", 60_000);
    expect(child.exitCode).toBeNull();
    socket.write(body);
    await closed;
    expect(answer).toMatch(/HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 /);
    expect(answer).toContain(email); // the page that says where the confirmation link was sent
    expect(await exited(child)).toBe(0);

    const wal = path.join(dataDir, "awards.db-wal");
    expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
    expect(fs.existsSync(path.join(dataDir, "awards.db.pid"))).toBe(false);
    // With no WAL, the account can only be in the database file itself.
    const db = new SQLite(path.join(dataDir, "awards.db"), { readonly: true });
    try {
      expect(db.prepare("select count(*) from users where email = ?").pluck().get(email)).toBe(1);
    } finally {
      db.close();
    }
  }, 180_000);
});

describe("a database folder that cannot be used", () => {
  /** Starts the server on a database path and returns its exit code and everything it printed. */
  async function startOn(databasePath: string) {
    const child = spawn(TSX, ["server/index.ts"], { env: serverEnv(tempDir("hpma-unusable-"), await freePort(), { DATABASE_PATH: databasePath }), stdio: ["ignore", "pipe", "pipe"], detached: true });
    // A start-up that hangs is stopped (tsx and the node it starts), so that it fails this test
    // rather than leaving a process spinning.
    const hang = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 120_000);
    child.once("exit", () => clearTimeout(hang));
    let output = "";
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    const code = await exited(child);
    return { code, lines: output.split("\n").filter((l) => l.trim()), output };
  }

  // All start at once: each stops within seconds, but tsx's start-up is slow on a busy machine.
  it("says in one sentence that a missing folder cannot be made, or a folder cannot be written, and exits 1", async () => {
    const notAFolder = path.join(tempDir("hpma-file-"), "awards-folder");
    fs.writeFileSync(notAFolder, "a file where the folder should be\n");
    // sysfs: no one, root included, may create a file in it. /proc answers ENOENT for a folder it has
    // just said is missing, where Node's recursive mkdir tried again for ever.
    const [missing, readOnly, proc] = await Promise.all([startOn(path.join(notAFolder, "data", "awards.db")), startOn("/sys/awards.db"), startOn("/proc/hpma-data/awards.db")]);

    expect(missing.code).toBe(1);
    expect(missing.lines).toEqual([`Start-up stopped: ${path.join(notAFolder, "data", "awards.db")} cannot be used because part of its path is a file, not a folder (ENOTDIR). Check DATABASE_PATH and DATA_DIR.`]);
    expect(readOnly.code).toBe(1);
    expect(readOnly.lines).toHaveLength(1);
    expect(readOnly.lines[0]).toMatch(/^Start-up stopped: \/sys\/awards\.db cannot be used because (this user may not write there \((EACCES|EPERM)\)|it is on a read-only file system \(EROFS\))\. Check DATABASE_PATH and DATA_DIR\.$/);
    expect(proc.code).toBe(1);
    expect(proc.lines).toEqual(["Start-up stopped: /proc/hpma-data/awards.db cannot be used because a folder on the way to it does not exist and cannot be made (ENOENT). Check DATABASE_PATH and DATA_DIR."]);
    for (const run of [missing, readOnly, proc]) expect(run.output).not.toMatch(/\n\s+at /);
  }, 180_000);
});

describe("a full disk", () => {
  let app: TestServer;
  let cookie: string;
  beforeAll(async () => {
    app = await startTestServer({ demo: true, demoStage: "open" });
    cookie = await app.sessionFor("entrant@eastbrook.demo.test");
  }, 180_000);
  afterAll(async () => app.close());

  it("logs SQLite's own error in one line (not 'cannot rollback'), answers with an error page, and keeps serving", async () => {
    const start = await app.request("/nominations", { cookie, form: { startKey: "full-disk" } });
    expect(start.status).toBe(302);
    const page = start.headers.get("location")!;
    // The nomination's task list links to a page per section; the whole form still saves at `page`.
    const tasks = await (await app.request(page, { cookie })).text();
    const answers = [...new Set([...tasks.matchAll(/href="\/nominations\/\d+\/section-(\d+)"/g)].map((m) => `answer_${m[1]}`))];
    expect(answers.length).toBeGreaterThan(0);
    const form = await (await app.request(`${page}/section-${answers[0].slice("answer_".length)}`, { cookie })).text();
    const revision = /name="revision" value="(\d+)"/.exec(form)![1];

    const sqlite = getSqliteHandle();
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.map(String).join(" "));
    let res: Response;
    try {
      // The file may not grow by one page: with no free pages left (VACUUM) and everything in the file
      // (checkpoint), the next write that needs a page fails as it would on a full disk (SQLITE_FULL).
      sqlite.exec("VACUUM");
      sqlite.pragma("wal_checkpoint(TRUNCATE)");
      expect(sqlite.pragma("freelist_count", { simple: true })).toBe(0);
      sqlite.pragma(`max_page_count = ${sqlite.pragma("page_count", { simple: true })}`);
      // 150 long words (within every section's word limit), about 25 KB an answer: many new pages.
      const long = Array.from({ length: 150 }, (_, i) => `${"partnership".repeat(15)}${i}`).join(" ");
      res = await app.request(page, { cookie, form: { intent: "save", revision, title: "Saved on a full disk", ...Object.fromEntries(answers.map((a) => [a, long])) } });
    } finally {
      console.error = original;
      sqlite.pragma("max_page_count = 1073741823");
    }
    expect(res.status).toBe(500);
    expect(await res.text()).toContain("Sorry, there is a problem with the service");
    const text = logged.join("\n");
    expect(text).toMatch(new RegExp(`\\[db\\] a change could not be saved because the disk is full \\(SQLITE_FULL: database or disk is full\\) at POST ${page}`));
    expect(text).not.toMatch(/cannot rollback/);
    // Nothing was half-saved, and once there is room again the same save goes through.
    const saved = await app.db.selectFrom("nominations").select("title").where("id", "=", Number(page.split("/").at(-1))).executeTakeFirstOrThrow();
    expect(saved.title).not.toBe("Saved on a full disk");
    expect((await app.request("/healthz")).status).toBe(200);
  });
});
