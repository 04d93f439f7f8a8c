// The real server as an operator runs it (tsx server/index.ts, a child process): /healthz, a stop on
// SIGTERM that answers the request in flight, checkpoints the WAL and exits 0, a log that cannot be
// written (its output goes to /dev/full), a database folder that cannot be used, and a full disk.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSqliteHandle } from "~/platform/db.server";
import { tempDir } from "../helpers/database";
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
  return { ...process.env, NODE_ENV: "test", PORT: String(port), APP_ORIGIN: `http://127.0.0.1:${port}`, DATA_DIR: dataDir, DATABASE_PATH: path.join(dataDir, "awards.db"), DEMO_DATA: "0", LOG_EMAIL_LINKS: "0", ...extra } as NodeJS.ProcessEnv;
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code))));
}

async function waitForHealth(origin: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.status === 200) return res;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not start");
}

describe("the server as a process", () => {
  let dataDir: string;
  let origin: string;
  let child: ChildProcess;

  beforeAll(async () => {
    dataDir = tempDir("hpma-process-");
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    // Its log goes to a device that is always full: every write to it fails with ENOSPC.
    const full = fs.openSync("/dev/full", "w");
    child = spawn(TSX, ["server/index.ts"], { env: serverEnv(dataDir, port), stdio: ["ignore", full, full] });
    fs.closeSync(full);
    await waitForHealth(origin, child);
  }, 240_000);
  afterAll(() => {
    if (child.exitCode === null) child.kill("SIGKILL");
  });

  it("keeps serving when its log cannot be written, and says the database is writable on /healthz", async () => {
    // A request that logs: a form posted from another site is refused and noted.
    for (let i = 0; i < 3; i++) await fetch(`${origin}/no-such-page-${i}`);
    const res = await fetch(`${origin}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ ok: true, database: "writable" });
    expect(child.exitCode).toBeNull();
  });

  it("on SIGTERM answers the request in flight, checkpoints the WAL, lets go of the database and exits 0", async () => {
    const { port } = new URL(origin);
    // A sign-in whose body is still arriving when the stop begins.
    const body = "email=nobody%40example.org&password=not-the-password";
    const socket = net.connect(Number(port), "127.0.0.1");
    await new Promise((r) => socket.once("connect", r));
    let answer = "";
    socket.on("data", (d) => (answer += d.toString()));
    socket.write(`POST /login HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${origin}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`);
    await new Promise((r) => setTimeout(r, 300));
    child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    socket.write(body.slice(10));
    await new Promise((r) => socket.once("close", r));
    expect(answer).toMatch(/^HTTP\/1\.1 (200|400) /);
    expect(await exited(child)).toBe(0);
    const wal = path.join(dataDir, "awards.db-wal");
    expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
    expect(fs.existsSync(path.join(dataDir, "awards.db.pid"))).toBe(false);
  }, 60_000);
});

describe("a database folder that cannot be used", () => {
  it("stops the start with one sentence, not a stack trace", async () => {
    const dataDir = tempDir("hpma-unusable-");
    // /proc is a file system where no folder can be made, whoever the user is (root included).
    const child = spawn(TSX, ["server/index.ts"], { env: serverEnv(dataDir, await freePort(), { DATABASE_PATH: "/proc/hpma-award/awards.db" }), stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    expect(await exited(child)).toBe(1);
    const lines = output.split("\n").filter((l) => l.trim());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Start-up stopped: \/proc\/hpma-award\/awards\.db cannot be used because .+ \(E[A-Z]+\)\. Check DATABASE_PATH and DATA_DIR\.$/);
    expect(output).not.toMatch(/\n\s+at /);
  }, 120_000);
});

describe("a full disk", () => {
  let app: TestServer;
  beforeAll(async () => {
    app = await startTestServer({ demo: false });
  }, 180_000);
  afterAll(async () => app.close());

  it("logs SQLite's own error in one clear line, answers with an error page, and /healthz keeps answering", async () => {
    const sqlite = getSqliteHandle();
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.map(String).join(" "));
    try {
      // The database may not grow by another page: the next write that needs one fails as on a full disk.
      sqlite.pragma("wal_checkpoint(TRUNCATE)");
      sqlite.pragma(`max_page_count = ${sqlite.pragma("page_count", { simple: true })}`);
      const name = "A".repeat(3000);
      const res = await app.request("/register", { form: { name, email: "someone@example.org", organisationId: "1", password: "quiet lantern orchard" } });
      expect(res.status).toBeGreaterThanOrEqual(500);
      expect(res.status).toBeLessThan(600);
    } finally {
      console.error = original;
      sqlite.pragma("max_page_count = 1073741823");
    }
    const text = logged.join("\n");
    expect(text).toMatch(/\[db\] a change could not be saved because the disk is full \(SQLITE_FULL: database or disk is full\) at POST \/register/);
    expect(text).not.toMatch(/cannot rollback/);
    expect((await app.request("/healthz")).status).toBe(200);
  });
});
