// The real server as an operator runs it (tsx server/index.ts, a child process): /healthz, and a
// log that cannot be written (its output goes to /dev/full) does not stop it.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/database";

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
  afterAll(async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited(child);
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
});

