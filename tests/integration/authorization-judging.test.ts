// The judging rows of the authorization matrix (tests/helpers/authorization-matrix.ts), asked of a
// server whose demo cycle is in judging, with a real entry assigned to the judge who calls.
import { afterAll, beforeAll, describe, it } from "vitest";
import { CALLERS, checkOutcome, MATRIX, type Caller, type Row } from "../helpers/authorization-matrix";
import { MATRIX_EMAILS, signInMatrixCallers } from "../helpers/accounts";
import { startTestServer, type TestServer } from "../helpers/server";


let app: TestServer;
const cookies: Partial<Record<Caller, string>> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestServer({ demoStage: "judging" });
  Object.assign(cookies, await signInMatrixCallers(app));
  const judge = await app.db.selectFrom("users").select("id").where("email_normalised", "=", MATRIX_EMAILS.judge).executeTakeFirstOrThrow();
  const entry = await app.db
    .selectFrom("judging_assignments")
    .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
    .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
    .select("judging_entries.code")
    .where("judging_assignments.judge_user_id", "=", judge.id)
    .where("judging_assignments.status", "=", "live")
    // A sheet not yet submitted: an empty post reaches the rules, rather than the lock.
    .where("score_sheets.id", "is", null)
    .orderBy("judging_entries.code")
    .executeTakeFirstOrThrow();
  ids.code = entry.code;
  const cycle = await app.db.selectFrom("judging_entries").select(["cycle_id", "nomination_id"]).where("code", "=", entry.code).executeTakeFirstOrThrow();
  ids.cycleId = String(cycle.cycle_id);
  ids.nominationId = String(cycle.nomination_id);
});
afterAll(async () => app.close());

const urlFor = (row: Row) => row.path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name]);

describe("the authorization matrix, judging rows", () => {
  for (const [file, row] of Object.entries(MATRIX)) {
    if (!row.judging) continue;
    for (const caller of CALLERS) {
      it(`${file}: GET as ${caller} answers ${row.get[caller]}`, async () => {
        await checkOutcome(await app.request(urlFor(row), { cookie: cookies[caller] }), row.get[caller], false);
        await checkOutcome(await app.request(`${urlFor(row)}.data`, { cookie: cookies[caller] }), row.get[caller], true);
      });
      if (row.post) {
        const expected = row.post[caller];
        it(`${file}: POST as ${caller} answers ${expected}`, async () => {
          await checkOutcome(await app.request(urlFor(row), { cookie: cookies[caller], form: {}, headers: { Origin: app.url } }), expected, false);
        });
      }
    }
  }
});
