// Runs the real server (the built app behind server/http.ts) in this test process, on a free port,
// with its own copy of a seeded data folder (tests/helpers/seeded-data.ts) and its own outbox.
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { normaliseEmail } from "~/models/users.server";
import { createUserSession } from "~/request/auth.server";
import { closeDb, getDb, type DB } from "~/platform/db.server";
import { env, resetEnv } from "~/platform/env.server";
import type { DemoStage } from "../../scripts/seed/index";
import { DEMO_PASSWORD } from "~/domain/demo-accounts";
import { createAppListener } from "../../server/http";
import { tempDir } from "./database";
import { readOutbox, waitForDelivery, type Email } from "./outbox";
import { copySeededDataDir } from "./seeded-data";
import { databaseFromTemplate, dropDatabase, testPostgresUrl } from "./postgres";


export type TestServer = {
  url: string;
  db: DB;
  dataDir: string;
  request: (pathname: string, init?: RequestOptions) => Promise<Response>;
  /** Signs in through the sign-in form; returns the session cookie. For tests of signing in and of passwords. */
  login: (email: string, password?: string) => Promise<string>;
  /** A session cookie for the account, made as the sign-in form makes one once the password is right: for every other test. */
  sessionFor: (email: string) => Promise<string>;
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
export async function startTestServer({
  demo = true,
  demoStage = "open",
  trustProxy = 0,
}: { demo?: boolean; demoStage?: DemoStage; trustProxy?: number } = {}): Promise<TestServer> {
  const dataDir = tempDir();
  // Seeded once per run by the global setup: a copy, with the secrets it was seeded with.
  const dbFile = copySeededDataDir({ demo, demoStage }, dataDir);
  // On PostgreSQL, a database of its own made from the variant's seeded template.
  const postgres = testPostgresUrl();
  const databaseUrl = postgres ? await databaseFromTemplate(postgres, { demo, demoStage }) : undefined;
  if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
  else delete process.env.DATABASE_URL;
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
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.APP_ORIGIN = url;
  resetEnv();
  server.on("request", createAppListener({ build, publicDir: path.resolve("public"), appOrigin: env().APP_ORIGIN, trustProxy }));

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

  const sessionFor = async (email: string) => {
    const user = await db
      .selectFrom("users")
      .select(["id", "active", "email_verified_at"])
      .where("email_normalised", "=", normaliseEmail(email))
      .executeTakeFirst();
    // The sign-in form would refuse these; so does this.
    if (!user || !user.active || !user.email_verified_at) throw new Error(`${email} cannot sign in: no such account, deactivated or not confirmed`);
    return (await createUserSession(user.id)).split(";")[0];
  };

  return {
    url,
    db,
    dataDir,
    request,
    login,
    sessionFor,
    outbox: async () => {
      await waitForDelivery(db);
      return readOutbox(path.join(dataDir, "outbox"));
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await closeDb();
      if (postgres && databaseUrl) await dropDatabase(postgres, databaseUrl);
    },
  };
}

