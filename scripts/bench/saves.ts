// Saves under load, shared by the benchmark's rows (scripts/bench.ts) and its side-by-side databases
// (scripts/bench/databases.ts): 100 entrants with drafts to autosave, the bodies they send, and the
// ways their saves (or judges' score saves) arrive. Also starting a server process and timing rows.
import { spawn, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import { getDb } from "../../app/platform/db.server";
import { currentCycle, listSections } from "../../app/models/cycles.server";
import { startNomination } from "../../app/models/nominations.server";
import { createUserSession } from "../../app/request/auth.server";
import { synthetic } from "./synthetic-archive";

export const AUTOSAVE_ENTRANTS = 100;

/**
 * 100 entrants, each with their own session and nomination in the demo cycle, for the autosave
 * benchmark. Returns what each one's browser would send.
 */
export async function autosaveEntrants() {
  const db = getDb();
  const cycle = await currentCycle(db);
  if (!cycle) throw new Error("The demo cycle is missing");
  const organisations = await db.selectFrom("organisations").select("id").where("is_demo", "=", 1).execute();
  const sections = await listSections(db, cycle.id);
  const entrants = [];
  const now = new Date().toISOString();
  for (let i = 0; i < AUTOSAVE_ENTRANTS; i++) {
    const organisationId = organisations[i % organisations.length].id;
    const email = `bench.entrant.${i}@example.nhs.uk`;
    const { id: userId } = await db
      .insertInto("users")
      .values({ email, email_normalised: email, name: `Bench Entrant ${i}`, email_verified_at: now, created_at: now, updated_at: now })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db.insertInto("roles").values({ user_id: userId, role: "entrant", granted_at: now, granted_by: null }).execute();
    await db.insertInto("memberships").values({ user_id: userId, organisation_id: organisationId, status: "approved", decided_at: now, created_at: now }).execute();
    const started = await startNomination(db, { cycleId: cycle.id, organisationId, userId });
    if (!started.ok) throw new Error(`Could not start a nomination: ${JSON.stringify(started)}`);
    const cookie = (await createUserSession(userId)).split(";")[0];
    // About 3,000 words across the sections, each within its limit.
    const { words } = synthetic(i + 7);
    const form: Record<string, string> = { intent: "autosave", title: `Bench nomination ${i}`, employer_lead_name: "Dana Whitfield" };
    let left = 3000;
    for (const section of sections) {
      const n = Math.min(left, (section.word_limit ?? 500) - 10);
      form[`answer_${section.id}`] = words(n);
      left -= n;
    }
    entrants.push({ path: `/nominations/${started.id}.data?autosave=1`, cookie, form, base: { ...form }, edits: 0, revision: 1 });
  }
  return entrants;
}

/**
 * The next autosave's body: the draft with one section changed since the last save (its last word
 * replaced), as when someone types in one section at a time. Sending identical text every time
 * would flatter the server, which does not rewrite an answer that has not changed.
 */
export function nextSaveBody(e: { form: Record<string, string>; base: Record<string, string>; edits: number; revision: number }): string {
  const answers = Object.keys(e.base).filter((k) => k.startsWith("answer_"));
  const key = answers[e.edits % answers.length];
  e.form[key] = `${e.base[key]} edit${e.edits++}`;
  return new URLSearchParams({ ...e.form, revision: String(e.revision) }).toString();
}

export function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export type Row = { case: string; rps: number; p50: number; p99: number; errors: number; note?: string; cpu?: number };

/** A row from measured latencies (sorted, ms) of saves made over some seconds. */
export function latencyRow(name: string, latencies: number[], { requests, seconds, errors, note, cpu }: { requests: number; seconds: number; errors: number; note: string; cpu: number | undefined }): Row {
  return { case: name, rps: Math.round(requests / seconds), p50: Math.round(percentile(latencies, 50)), p99: Math.round(percentile(latencies, 99)), errors, note, cpu };
}

/** Starts a server process (in cwd, this process's own by default) and waits until it answers at readyUrl. */
export async function startProcess(command: string[], environment: NodeJS.ProcessEnv, readyUrl: string, cwd?: string): Promise<ChildProcess> {
  const child = spawn(command[0], command.slice(1), { env: environment, stdio: ["ignore", "ignore", "inherit"], cwd });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(readyUrl)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`${command.join(" ")} did not start`);
}

/** Anyone saving a form with a revision: an entrant's draft or a judge's score sheet. */
export type Saver = { path: string; cookie: string; revision: number };
export type SaveCtx<S> = { saver?: S };

/** An autocannon request that posts a saver's next body and keeps the revision it answers with. */
export function saveRequest<S extends Saver>(appUrl: string, pick: (context: SaveCtx<S>) => S, body: (s: S) => string): autocannon.Request {
  return {
    method: "POST",
    setupRequest: (req, context: SaveCtx<S>) => {
      const s = (context.saver ??= pick(context));
      return { ...req, path: s.path, headers: { "content-type": "application/x-www-form-urlencoded", cookie: s.cookie, origin: appUrl }, body: body(s) };
    },
    onResponse: (_status, responseBody, context: SaveCtx<S>) => {
      const revision = /"revision",(\d+)/.exec(responseBody);
      if (revision && context.saver) context.saver.revision = Number(revision[1]);
    },
  };
}

/**
 * autocannon, one connection per saver, each paced at one save a second by its own timer, the timers
 * started at fixed pseudo-random moments across the first second (as 100 people do not start typing
 * in the same millisecond). Latencies are each response's own time, taken once every connection has
 * started (while the instances are being set up, this process is too busy to time them fairly).
 */
export async function staggeredSaves<S extends Saver>(appUrl: string, savers: S[], body: (s: S) => string, seconds: number) {
  const { next } = synthetic(4242);
  const measureFrom = Date.now() + 1000;
  const latencies: number[] = [];
  let errors = 0;
  let requests = 0;
  await Promise.all(
    savers.map(async (saver) => {
      await new Promise((r) => setTimeout(r, next() * 1000));
      const result = await new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon(
          { url: appUrl, connections: 1, connectionRate: 1, duration: seconds, requests: [saveRequest(appUrl, () => saver, body)] },
          (error, done) => (error ? reject(error) : resolve(done)),
        );
        instance.on("response", (_client, statusCode, _bytes, responseTime) => {
          requests++;
          if (statusCode < 200 || statusCode >= 300) errors++;
          else if (Date.now() >= measureFrom) latencies.push(responseTime);
        });
      });
      errors += result.errors + result.timeouts;
    }),
  );
  latencies.sort((a, b) => a - b);
  return { latencies, errors, requests };
}

/** The same saves arriving at random moments (each saver about once a second): Poisson arrivals. */
export async function poissonSaves<S extends Saver>(appUrl: string, savers: S[], body: (s: S) => string, seconds: number, what: string) {
  const latencies: number[] = [];
  let failures = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    savers.map(async (saver) => {
      await new Promise((r) => setTimeout(r, Math.random() * 1000));
      while (Date.now() < until) {
        const t = performance.now();
        const res = await fetch(`${appUrl}${saver.path}`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie: saver.cookie, origin: appUrl },
          body: body(saver),
        });
        const text = await res.text();
        latencies.push(performance.now() - t);
        const revision = /"revision",(\d+)/.exec(text);
        if (res.ok && revision) saver.revision = Number(revision[1]);
        else if (failures++ === 0) console.log(`first failed ${what}:`, res.status, text.slice(0, 300));
        await new Promise((r) => setTimeout(r, -Math.log(1 - Math.random()) * 1000));
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { latencies, failures };
}
