// Runs the real server (the built app behind server/http.ts) in this test process, on a free port,
// with its own copy of the database and its own outbox.
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { closeDb, getDb, type DB } from "../../app/platform/db.server";
import { env, resetEnv } from "../../app/platform/env.server";
import { seed, type DemoStage } from "../../scripts/seed/index";
import { DEMO_PASSWORD } from "../../scripts/seed/demo";
import { createAppListener } from "../../server/http";
import { freshDatabaseFile, tempDir } from "./database";
import { readOutbox, waitForDelivery, type Email } from "./outbox";


export type TestServer = {
  url: string;
  db: DB;
  dataDir: string;
  request: (pathname: string, init?: RequestOptions) => Promise<Response>;
  login: (email: string, password?: string) => Promise<string>;
  /** The e-mails delivered so far, once nothing queued is still due. */
  outbox: () => Promise<Email[]>;
  close: () => Promise<void>;
};

export type RequestOptions = {
  method?: string;
  cookie?: string;
  form?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
};

/** A server on its own copy of the database; the demo cycle is open for nominations unless asked for judging. */
export async function startTestServer({ demo = true, demoStage = "open" }: { demo?: boolean; demoStage?: DemoStage } = {}): Promise<TestServer> {
  const dataDir = tempDir();
  const dbFile = freshDatabaseFile(dataDir);
  Object.assign(process.env, {
    NODE_ENV: "test",
    DATABASE_PATH: dbFile,
    DATA_DIR: dataDir,
    DEMO_DATA: demo ? "1" : "0",
    LOG_EMAIL_LINKS: "0",
  });
  delete process.env.SMTP_URL;
  delete process.env.APP_ORIGIN;
  resetEnv();
  const db = getDb();
  await seed(db, { demo, demoStage });
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.APP_ORIGIN = url;
  resetEnv();
  server.on("request", createAppListener({ build, publicDir: path.resolve("public"), appOrigin: env().APP_ORIGIN, trustProxy: 0 }));

  const request = (pathname: string, init: RequestOptions = {}) => {
    const headers: Record<string, string> = { ...(init.headers ?? {}) };
    if (init.cookie) headers.Cookie = init.cookie;
    let body: string | undefined = init.body;
    if (init.form) {
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(init.form).toString();
    }
    return fetch(url + pathname, { method: init.method ?? (body !== undefined ? "POST" : "GET"), headers, body, redirect: "manual" });
  };

  const login = async (email: string, password = DEMO_PASSWORD) => {
    const res = await request("/login", { form: { email, password } });
    const cookie = res.headers.getSetCookie().find((c) => c.includes("hpma_session="));
    if (res.status !== 302 || !cookie) throw new Error(`Sign-in as ${email} failed with ${res.status}`);
    return cookie.split(";")[0];
  };

  return {
    url,
    db,
    dataDir,
    request,
    login,
    outbox: async () => {
      await waitForDelivery(db);
      return readOutbox(path.join(dataDir, "outbox"));
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await closeDb();
    },
  };
}

