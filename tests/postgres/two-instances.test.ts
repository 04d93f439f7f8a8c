// Two instances of the service on one PostgreSQL database (decision 040), each its own process
// (`server/index.ts`, as deployed) with its own data folder: when the announcement falls due, the
// case studies are published exactly once, every result e-mail is sent once (by whichever instance
// sends it), and both instances show the new case studies at once, past their page caches.
// Runs only in `npm run test:postgres` (vitest.postgres.config.ts), which starts the server.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { closeDb, getDb } from "~/platform/db.server";
import { resetEnv } from "~/platform/env.server";
import { confirmShortlist, recordDecisions, saveShortlist, setFinalPanel } from "~/models/shortlist.server";
import { tempDir } from "../helpers/database";
import { readOutbox } from "../helpers/outbox";
import { databaseFromTemplate, dropDatabase, testPostgresUrl } from "../helpers/postgres";
import { copySeededDataDir } from "../helpers/seeded-data";

const server = testPostgresUrl()!;
const variant = { demo: true, demoStage: "judging" as const };
let url: string;
const dataDirs = [tempDir(), tempDir()];
const children: ChildProcess[] = [];
const logs: string[] = ["", ""];
let winner: string;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** This process's environment without SMTP_URL: each instance writes its e-mails to its own outbox folder. */
function withoutMailServer(): NodeJS.ProcessEnv {
  const { SMTP_URL: _none, ...rest } = process.env;
  return rest;
}

async function startInstance(i: number): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    env: { ...withoutMailServer(), NODE_ENV: "test", DATABASE_URL: url, DATA_DIR: dataDirs[i], DATABASE_PATH: path.join(dataDirs[i], "awards.db"), PORT: String(port), DEMO_DATA: "1", DEMO_STAGE: "judging", LOG_EMAIL_LINKS: "0", APP_ORIGIN: `http://127.0.0.1:${port}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  child.stdout!.on("data", (d) => (logs[i] += d));
  child.stderr!.on("data", (d) => (logs[i] += d));
  const base = `http://127.0.0.1:${port}`;
  for (let t = 0; t < 240; t++) {
    if (child.exitCode !== null) throw new Error(`Instance ${i + 1} stopped: ${logs[i]}`);
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (ok) return base;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Instance ${i + 1} did not start: ${logs[i]}`);
}

beforeAll(async () => {
  url = await databaseFromTemplate(server, variant);
  // Both instances share the secrets the template was seeded with, as instances of one service do.
  for (const dir of dataDirs) {
    copySeededDataDir(variant, dir);
    fs.rmSync(path.join(dir, "outbox"), { recursive: true, force: true });
  }
  Object.assign(process.env, { DATABASE_URL: url, DATA_DIR: dataDirs[0], NODE_ENV: "test" });
  resetEnv();
  const db = getDb();
  const cycleId = (await db.selectFrom("award_cycles").select("id").where("year", "=", 2027).executeTakeFirstOrThrow()).id;
  const admin = (await db.selectFrom("users").select("id").where("email_normalised", "=", "admin@demo.test").executeTakeFirstOrThrow()).id;
  const released = await db
    .selectFrom("judging_entries")
    .innerJoin("nominations", "nominations.id", "judging_entries.nomination_id")
    .innerJoin("organisations", "organisations.id", "nominations.organisation_id")
    .select(["nominations.id", "organisations.name", "nominations.title"])
    .where("judging_entries.cycle_id", "=", cycleId)
    .orderBy("judging_entries.code")
    .execute();
  const seen = new Set<string>();
  const finalists = released.filter((r) => !seen.has(r.name) && seen.add(r.name)).slice(0, 4);
  // The winning initiative's title: the demo's 2009 case studies already name its organisation.
  winner = finalists[0].title;
  await db.updateTable("award_cycles").set({ stage: "shortlisting", announcement_at: new Date(Date.now() + 3600_000).toISOString() }).where("id", "=", cycleId).execute();
  expect(await saveShortlist(db, { cycleId, picks: finalists.map((f) => ({ nominationId: f.id, rationale: "Shortlisted for its joint governance" })), method: "normalised", actorUserId: admin })).toEqual({ ok: true });
  expect(await confirmShortlist(db, { cycleId, actorUserId: admin })).toMatchObject({ ok: true });
  await db.updateTable("award_cycles").set({ stage: "final" }).where("id", "=", cycleId).execute();
  const judges = await db.selectFrom("users").select("id").where("email_normalised", "in", ["judge.employer2@demo.test", "judge.staffside2@demo.test"]).execute();
  expect(await setFinalPanel(db, { cycleId, judgeIds: judges.map((j) => j.id), actorUserId: admin })).toMatchObject({ ok: true });
  expect(
    await recordDecisions(db, {
      cycleId,
      decisions: [
        { nominationId: finalists[0].id, result: "winner", rationale: "The panel chose it" },
        { nominationId: finalists[1].id, result: "highly_commended", rationale: "Highly commended" },
      ],
      sheetsNotInReason: "Decided by the panel in the room",
      actorUserId: admin,
    }),
  ).toEqual({ ok: true });
  await closeDb();
}, 120_000);

afterAll(async () => {
  for (const c of children) c.kill("SIGTERM");
  await Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once("exit", r)))));
  await closeDb();
  await dropDatabase(server, url);
});

it("publishes once, sends each e-mail once, and both instances show the case studies at once", async () => {
  const [first, second] = [await startInstance(0), await startInstance(1)];
  // Both have served the archive's page before the announcement, and keep it in their page caches.
  for (const base of [first, second]) {
    for (let i = 0; i < 2; i++) expect(await (await fetch(`${base}/winners`)).text()).not.toContain(winner);
  }

  process.env.DATABASE_URL = url;
  resetEnv();
  const db = getDb();
  await db.updateTable("award_cycles").set({ announcement_at: new Date(Date.now() + 3000).toISOString() }).where("year", "=", 2027).execute();

  // Published within a few seconds of the time, by one of them.
  let shown = [false, false];
  for (let t = 0; t < 60 && !shown.every(Boolean); t++) {
    await new Promise((r) => setTimeout(r, 500));
    shown = await Promise.all([first, second].map(async (base) => (await (await fetch(`${base}/winners`)).text()).includes(winner)));
  }
  expect(shown).toEqual([true, true]);

  const published = await db.selectFrom("archive_entries").select(["id", "organisation_name"]).where("year", "=", 2027).execute();
  expect(published.length).toBeGreaterThan(0);
  expect(new Set(published.map((p) => p.organisation_name)).size).toBe(published.length);
  const cycle = await db.selectFrom("award_cycles").select(["id", "stage"]).where("year", "=", 2027).executeTakeFirstOrThrow();
  expect(cycle.stage).toBe("announced");
  expect(await db.selectFrom("audit_log").select("id").where("action", "=", "cycle.published").where("target", "=", `cycle:${cycle.id}`).execute()).toHaveLength(1);

  // Every queued e-mail is sent, and sent once across both instances' outboxes.
  let files: ReturnType<typeof readOutbox> = [];
  let queued = 0;
  for (let t = 0; t < 40; t++) {
    queued = Number((await db.selectFrom("mail_outbox").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
    files = dataDirs.flatMap((dir) => (fs.existsSync(path.join(dir, "outbox")) ? readOutbox(path.join(dir, "outbox")) : []));
    const pending = Number((await db.selectFrom("mail_outbox").select((eb) => eb.fn.countAll<number>().as("n")).where("sent_at", "is", null).executeTakeFirstOrThrow()).n);
    if (pending === 0) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const results = files.filter((f) => f.text.includes("2027") && /result|won|commended|finalist/i.test(f.subject + f.text));
  expect(results.length).toBeGreaterThan(0);
  const keys = files.map((f) => `${f.to}\n${f.subject}\n${f.text}`);
  expect(new Set(keys).size).toBe(keys.length);
  expect(files.length).toBeLessThanOrEqual(queued);
}, 180_000);
