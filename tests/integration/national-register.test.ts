// The national register of organisations: seeded from NHS England's file and the other UK sources,
// searched the same way for everyone (never revealing who has entered), and chosen from on /register
// and /judging/conflicts, which no longer list the organisations the database holds.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedNationalRegister } from "../../scripts/seed/national-register";
import { startTestServer, type TestServer } from "../helpers/server";

let app: TestServer;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestServer();
  cookies.entrant = await app.sessionFor("entrant@harbourside.demo.test");
  cookies.judge = await app.sessionFor("judge.employer1@demo.test");
  cookies.admin = await app.sessionFor("admin@demo.test");
});
afterAll(async () => app.close());

async function byOds(code: string) {
  return app.db.selectFrom("organisations").selectAll().where("ods_code", "=", code).executeTakeFirstOrThrow();
}

async function search(q: string, cookie?: string) {
  const res = await app.request(`/organisations/search?${new URLSearchParams({ q })}`, { cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as { results: { id: number; name: string; detail: string; closedOn: string | null }[] };
}

describe("the register is seeded", () => {
  it("holds every row of etr.csv, open and closed, with its source", async () => {
    const trusts = await app.db
      .selectFrom("organisations")
      .select(["closed_on"])
      .where("source", "like", "NHS England Organisation Data Service%")
      .execute();
    expect(trusts).toHaveLength(274);
    expect(trusts.filter((t) => t.closed_on === null)).toHaveLength(202);
    expect(trusts.filter((t) => t.closed_on !== null)).toHaveLength(72);
  });

  it("writes names in title case, with region, integrated care board, headquarters and dates", async () => {
    expect(await byOds("RW4")).toMatchObject({ name: "Mersey Care NHS Foundation Trust", region: "North West", nation: "England", icb_code: "QYG", town: "Prescot", closed_on: null });
    expect(await byOds("R0A")).toMatchObject({ name: "Manchester University NHS Foundation Trust", site: "Cobbett House", town: "Manchester", postcode: "M13 9WL", opened_on: "2017-10-01", icb_code: "QOP" });
    expect(await byOds("RJ1")).toMatchObject({ name: "Guy's and St Thomas' NHS Foundation Trust", region: "London" });
    expect(await byOds("RX7")).toMatchObject({ type: "ambulance" });
    expect(await byOds("R0C")).toMatchObject({ name: "Project Nightingale NHS Trust", closed_on: "2020-03-26" });
  });

  it("holds the other nations' bodies, the integrated care boards, national bodies and trade unions", async () => {
    const count = async (kind: string, nation?: string) =>
      (
        await app.db
          .selectFrom("organisations")
          .select("id")
          .where("kind", "=", kind)
          .$if(nation !== undefined, (q) => q.where("nation", "=", nation!))
          .execute()
      ).length;
    expect(await count("health_board", "Scotland")).toBe(14);
    expect(await count("health_board", "Wales")).toBe(7);
    expect(await count("hsc_trust", "Northern Ireland")).toBe(6);
    expect(await count("integrated_care_board")).toBe(42);
    for (const name of ["Business Services Organisation", "NHS England", "NHS Employers", "UNISON", "Royal College of Nursing", "NHS Golden Jubilee"]) {
      const row = await app.db.selectFrom("organisations").select(["source"]).where("name", "=", name).executeTakeFirst();
      expect(row?.source, name).toBeTruthy();
    }
  });

  it("links a closed trust to the trust that took it over, so its names are hidden as the successor's (decision 030)", async () => {
    const [heft, uhb, pennine, nca] = await Promise.all(["RR1", "RRK", "RW6", "RM3"].map(byOds));
    expect(heft.successor_id).toBe(uhb.id);
    expect(pennine.successor_id).toBe(nca.id);
    // An open trust has none.
    expect(uhb.successor_id).toBeNull();
  });

  it("gives renamed trusts their former names and acronyms, so they are hidden as the trust's own (decision 035)", async () => {
    const formerNames = async (code: string) =>
      (await app.db.selectFrom("organisation_aliases").select(["alias", "kind"]).where("organisation_id", "=", (await byOds(code)).id).execute()).filter((a) => a.kind === "former_name").map((a) => a.alias);
    expect(await formerNames("RW5")).toEqual(expect.arrayContaining(["Lancashire Care NHS Foundation Trust", "LCFT"]));
    expect(await formerNames("RYF")).toEqual(expect.arrayContaining(["Great Western Ambulance Service NHS Trust", "GWAS"]));
    // Seeding again adds nothing twice.
    await seedNationalRegister(app.db);
    expect((await formerNames("RW5")).filter((n) => n === "LCFT")).toHaveLength(1);
  });

  it("keeps the fictional demo organisations, flagged as demo", async () => {
    const demo = await app.db.selectFrom("organisations").select("name").where("is_demo", "=", 1).execute();
    expect(demo.map((d) => d.name)).toContain("Harbourside Community Health NHS Trust");
  });

  it("seeds again without changing anything, and keeps what the secretariat added", async () => {
    const rw4 = await byOds("RW4");
    await app.db.updateTable("organisations").set({ short_name: "Mersey Care" }).where("id", "=", rw4.id).execute();
    await app.db.insertInto("organisation_aliases").values({ organisation_id: rw4.id, alias: "MCFT" }).execute();
    const started = Date.now();
    expect(await seedNationalRegister(app.db)).toEqual({ added: 0, updated: 0 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await byOds("RW4")).toMatchObject({ short_name: "Mersey Care", updated_at: rw4.updated_at });
  });
});

describe("searching the register", () => {
  it("finds by ODS code, name run together, short name, alias, former name and town", async () => {
    expect((await search("RW4")).results[0].name).toBe("Mersey Care NHS Foundation Trust");
    expect((await search("merseycare")).results.map((r) => r.name)).toContain("Mersey Care NHS Foundation Trust");
    expect((await search("NHSGGC")).results[0].name).toBe("NHS Greater Glasgow and Clyde");
    expect((await search("Abertawe Bro Morgannwg")).results[0].name).toBe("Swansea Bay University Health Board");
    const alias = await app.db
      .selectFrom("organisation_aliases")
      .innerJoin("organisations", "organisations.id", "organisation_aliases.organisation_id")
      .select(["alias", "name"])
      .where("organisations.is_demo", "=", 1)
      .executeTakeFirstOrThrow();
    expect((await search(alias.alias)).results.map((r) => r.name)).toContain(alias.name);
    expect((await search("Prescot")).results.map((r) => r.name)).toContain("Mersey Care NHS Foundation Trust");
  });

  it("gives at most 20 matches", async () => {
    expect((await search("NHS")).results).toHaveLength(20);
  });

  it("gives everyone the same answer, so it cannot tell who has entered or has members", async () => {
    for (const q of ["Harbourside", "nhs trust", "ambulance", "DEMO1"]) {
      const answers = await Promise.all([undefined, cookies.entrant, cookies.judge, cookies.admin].map((c) => search(q, c)));
      for (const a of answers) expect(a).toEqual(answers[0]);
    }
  });

  it("never answers hostile input with an error", async () => {
    for (const raw of ["%", "%E0%A4%A", "%00", "'; drop table organisations; --", "_", "\\", "a".repeat(10_000)]) {
      const res = await app.request(`/organisations/search?q=${raw}`);
      expect(res.status, raw).toBe(200);
    }
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 200 }), async (q) => {
        const res = await app.request(`/organisations/search?q=${encodeURIComponent(q)}`);
        expect(res.status).toBe(200);
        const body = (await res.json()) as { results: unknown[] };
        expect(body.results.length).toBeLessThanOrEqual(20);
      }),
      { numRuns: 60 },
    );
  });
});

describe("the secretariat's additions", () => {
  it("adds former names and the organisation that took over, and the search and the picker use them", async () => {
    const closed = await byOds("RGZ");
    const res = await app.request(`/admin/organisations/${closed.id}`, {
      cookie: cookies.admin,
      form: { name: closed.name, type: "other", region: "London", odsCode: "RGZ", shortName: "", aliases: "", formerNames: "Sidcup Cottage Hospital Trust", successorOdsCode: "RYQ" },
    });
    expect(res.status).toBe(302);
    const [match] = (await search("Sidcup Cottage")).results;
    expect(match).toMatchObject({ name: "Queen Mary's Sidcup NHS Trust", closedOn: "2009-03-31" });
    expect((match as unknown as { closedNote: string }).closedNote).toContain("its work now done by South London Healthcare NHS Trust");
    const page = await (await app.request(`/admin/organisations/${closed.id}`, { cookie: cookies.admin })).text();
    expect(page).toContain("Sidcup Cottage Hospital Trust");
    expect(page).toContain("Open Government Licence v3.0");
    const unknown = await app.request(`/admin/organisations/${closed.id}`, {
      cookie: cookies.admin,
      form: { name: closed.name, type: "other", region: "London", odsCode: "RGZ", successorOdsCode: "ZZZ99" },
    });
    expect(unknown.status).toBe(400);
  });
});

describe("choosing an organisation", () => {
  it("/register lists no organisation until one is searched for, then only the matches", async () => {
    const page = await (await app.request("/register")).text();
    for (const name of ["Harbourside Community Health NHS Trust", "Fellside Ambulance Service NHS Trust", "Mersey Care NHS Foundation Trust"]) {
      expect(page).not.toContain(name);
    }
    const searched = await (await app.request("/register?organisationIdSearch=Harbourside")).text();
    expect(searched).toContain("Harbourside Community Health NHS Trust");
    expect(searched).not.toContain("Fellside Ambulance Service NHS Trust");
    expect(searched).toContain("Open Government Licence v3.0");
  });

  it("/judging/conflicts lists no organisation until one is searched for", async () => {
    const page = await (await app.request("/judging/conflicts", { cookie: cookies.judge })).text();
    for (const name of ["Fellside Ambulance Service NHS Trust", "Eastbrook", "Riverbend", "Mersey Care NHS Foundation Trust"]) {
      expect(page).not.toContain(name);
    }
    const searched = await (await app.request("/judging/conflicts?organisationIdSearch=RW4", { cookie: cookies.judge })).text();
    expect(searched).toContain("Mersey Care NHS Foundation Trust");
  });

  it("registering refuses an id not in the register and a closed organisation, and says why", async () => {
    const form = { name: "Pat Doe", email: "pat.doe@example.nhs.uk", password: "heather tandem lighthouse" };
    const unknown = await app.request("/register", { form: { ...form, organisationId: "99999999" } });
    expect(unknown.status).toBe(400);
    const closed = await byOds("R0C");
    const refused = await app.request("/register", { form: { ...form, organisationId: String(closed.id) } });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("you cannot register with a closed organisation");
    const open = await byOds("RW4");
    const accepted = await app.request("/register", { form: { ...form, organisationId: String(open.id) } });
    expect(accepted.status).toBe(200);
    expect(await accepted.text()).toContain("Check your email");
  });

  it("a judge may name a closed organisation in a conflict, and nothing outside the register", async () => {
    const unknown = await app.request("/judging/conflicts", { cookie: cookies.judge, form: { intent: "declare", organisationId: "99999999", kind: "worked_for_last_3_years" } });
    expect(unknown.status).toBe(400);
    const closed = await byOds("RGZ");
    const res = await app.request("/judging/conflicts", { cookie: cookies.judge, form: { intent: "declare", organisationId: String(closed.id), kind: "worked_for_last_3_years" } });
    expect(res.status).toBe(302);
  });
});
