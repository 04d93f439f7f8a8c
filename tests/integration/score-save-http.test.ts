// A score sheet's autosave over HTTP, as the page's fetcher sends it (decision 036, session 9: what a
// save costs around the model): its answer goes in one piece with its length, the page shows what was
// saved, an out-of-date save keeps the judge's text, and the checks that now run on kept statements
// (the cycle, the judge's statement) still follow the database from one save to the next.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
let cycleId: number;

beforeAll(async () => {
  app = await startTestServer({ demoStage: "judging" });
  cycleId = (await app.db.selectFrom("award_cycles").select("id").where("year", "=", 2027).executeTakeFirstOrThrow()).id;
}, 120_000);
afterAll(async () => app.close());

/** A judge's first live assignment with no sheet yet, and the form its autosave sends. */
async function unstartedSheet(email: string) {
  const judge = await app.db.selectFrom("users").select("id").where("email_normalised", "=", email).executeTakeFirstOrThrow();
  const entry = await app.db
    .selectFrom("judging_assignments")
    .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
    .leftJoin("score_sheets", "score_sheets.assignment_id", "judging_assignments.id")
    .select("judging_entries.code")
    .where("judging_assignments.judge_user_id", "=", judge.id)
    .where("judging_assignments.status", "=", "live")
    .where("judging_assignments.round", "=", "first")
    .where("score_sheets.id", "is", null)
    .orderBy("judging_entries.code")
    .executeTakeFirstOrThrow();
  const criteria = await app.db.selectFrom("cycle_criteria").select("id").where("cycle_id", "=", cycleId).where("round", "=", "first").orderBy("position").execute();
  const form: Record<string, string> = { intent: "autosave", revision: "0", overall_comment: "" };
  criteria.forEach((c, i) => {
    form[`score_${c.id}`] = String(1 + i);
    form[`comment_${c.id}`] = `Comment number ${i} on the partnership`;
  });
  return { judgeId: judge.id, code: entry.code, form, cookie: await app.sessionFor(email) };
}

/** A POST as the browser's fetcher makes it, showing the bytes and headers as sent. */
function post(pathname: string, cookie: string, form: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const body = new URLSearchParams(form).toString();
  return new Promise((resolve, reject) => {
    const req = http.request(
      app.url + pathname,
      { method: "POST", headers: { Cookie: cookie, Origin: app.url, "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("a score sheet's autosave over HTTP", () => {
  it("answers in one piece with its length, and the page then shows what was saved", async () => {
    const { code, form, cookie } = await unstartedSheet("judge.employer1@demo.test");
    const saved = await post(`/judging/entries/${code}.data?autosave=1`, cookie, { ...form, overall_comment: "Saved by the autosave" });
    expect(saved.status).toBe(200);
    // Sent whole with its length (not chunked), though this client takes no encoding.
    expect(saved.headers["transfer-encoding"]).toBeUndefined();
    expect(Number(saved.headers["content-length"])).toBe(Buffer.byteLength(saved.body));
    expect(saved.body).toMatch(/"revision",1\b/);
    const page = await (await app.request(`/judging/entries/${code}`, { cookie })).text();
    expect(page).toContain("Saved by the autosave");
    expect(page).toContain("Comment number 1 on the partnership");
  });

  it("refuses an out-of-date save with 409 and gives back the text the judge typed", async () => {
    const { code, form, cookie } = await unstartedSheet("judge.employer2@demo.test");
    expect((await post(`/judging/entries/${code}.data?autosave=1`, cookie, form)).status).toBe(200);
    const stale = await post(`/judging/entries/${code}.data?autosave=1`, cookie, { ...form, overall_comment: "Typed in a second tab" });
    expect(stale.status).toBe(409);
    expect(stale.body).toContain("Typed in a second tab");
    expect(stale.body).toContain("saved in another tab or window");
  });

  it("follows the judge's statement and the cycle from one save to the next", async () => {
    const { judgeId, code, form, cookie } = await unstartedSheet("judge.staffside1@demo.test");
    expect((await post(`/judging/entries/${code}.data?autosave=1`, cookie, form)).status).toBe(200);
    // The statement withdrawn between two saves: the next is not saved.
    const statement = await app.db.selectFrom("judge_statements").selectAll().where("cycle_id", "=", cycleId).where("judge_user_id", "=", judgeId).executeTakeFirstOrThrow();
    await app.db.deleteFrom("judge_statements").where("cycle_id", "=", cycleId).where("judge_user_id", "=", judgeId).execute();
    const withoutStatement = await post(`/judging/entries/${code}.data?autosave=1`, cookie, { ...form, revision: "1" });
    expect(withoutStatement.status).toBe(401);
    await app.db.insertInto("judge_statements").values(statement).execute();
    expect((await post(`/judging/entries/${code}.data?autosave=1`, cookie, { ...form, revision: "1" })).status).toBe(200);
    // The cycle taken out of judging (archived): it is no longer the judge's current cycle, so the
    // save is refused (another cycle of the demo, if any, is current, without this judge's statement).
    await app.db.updateTable("award_cycles").set({ stage: "archived" }).where("id", "=", cycleId).execute();
    try {
      const noCycle = await post(`/judging/entries/${code}.data?autosave=1`, cookie, { ...form, revision: "2" });
      expect([401, 404]).toContain(noCycle.status);
    } finally {
      await app.db.updateTable("award_cycles").set({ stage: "judging" }).where("id", "=", cycleId).execute();
    }
    const sheet = await app.db
      .selectFrom("score_sheets")
      .innerJoin("judging_assignments", "judging_assignments.id", "score_sheets.assignment_id")
      .innerJoin("judging_entries", "judging_entries.nomination_id", "judging_assignments.nomination_id")
      .select("score_sheets.revision")
      .where("judging_entries.code", "=", code)
      .where("judging_assignments.judge_user_id", "=", judgeId)
      .executeTakeFirstOrThrow();
    expect(sheet.revision).toBe(2);
  });
});
