// Factories: a test makes the data it needs, in its own server's database, through the app's own model
// verbs (so audit rows, e-mails and rules are as in real use), with defaults a test can override. A
// test that builds its own organisation, people, cycle and entries does not break when the demo story
// changes, and a reader sees the test's data in the test. Works on SQLite and on PostgreSQL alike: it
// is given the test server's db (app.db). Raw SQL only where no verb exists (said where it is used).
import { acceptInvitation, createInvitation } from "~/models/invitations.server";
import { createCycle, getCycle, listCriteria, listSections, moveCycleStage, updateCycleDates } from "~/models/cycles.server";
import { acceptEndorsementByAdmin, respondToEndorsement } from "~/models/endorsements.server";
import { decideFlag } from "~/models/flag-decisions.server";
import { acceptStatement } from "~/models/judges.server";
import { refreshJudgingEntry, setJudgingEntryStatus, undecidedFlags } from "~/models/judging-entries.server";
import { addAssignment } from "~/models/assignments.server";
import { createArchiveEntry } from "~/models/archive.server";
import { grantMembership } from "~/models/memberships.server";
import { createOrganisation } from "~/models/organisations.server";
import { saveDraft, startNomination, submitNomination } from "~/models/nominations.server";
import { saveScoreSheet } from "~/models/score-sheets.server";
import { createEntrant, grantRole, markEmailVerified, normaliseEmail } from "~/models/users.server";
import { CASE_STUDY_SECTIONS, type ArchiveEntryFields, type CaseStudySectionKey } from "~/domain/archive";
import type { ArchiveResult, CycleStage, JudgeSide, OrganisationType } from "~/domain/vocabulary";
import { generateToken, hashPassword, hashToken } from "~/platform/crypto.server";
import type { DB } from "~/platform/db.server";

/** Every account a factory makes signs in with this password (hashed once per run, as the demo's is). */
export const FACTORY_PASSWORD = "factory made password";
let passwordHash: Promise<string> | undefined;
const factoryPasswordHash = () => (passwordHash ??= hashPassword(FACTORY_PASSWORD));

let counter = 0;
/** A number no other factory call in this run has had: for names and addresses that must be unique. */
const next = () => ++counter;

export type Person = { id: number; email: string; name: string };
export type Organisation = { id: number; name: string; shortName: string | null; region?: string | null };

function must<T extends { ok: boolean }>(what: string, result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`${what} was refused: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

// Names without digits (a number in a name could meet the redaction's rules for figures), a region and a type that vary.
const PLACES = ["Alderley", "Brackenfold", "Cresswater", "Dunmere", "Elmstead", "Foxhollow", "Greywell", "Hartsbourne", "Ivybridge Vale", "Juniper Cross"];
const REGIONS = ["London", "North West", "South West", "Midlands", "East of England"];
const TYPES: OrganisationType[] = ["acute", "mental_health", "community", "ambulance"];
const placeName = (n: number) => `${PLACES[n % PLACES.length]}${n >= PLACES.length ? ` ${"ABCDEFGHIJKLMNOPQRSTUVWXYZ"[Math.floor(n / PLACES.length) % 26]}` : ""}`;

/** A new organisation, added as the secretariat adds one; or, with `fromRegister`, one from the national register. */
export async function makeOrganisation(
  db: DB,
  { name, shortName, type, region, fromRegister = false }: { name?: string; shortName?: string | null; type?: OrganisationType; region?: string; fromRegister?: boolean } = {},
): Promise<Organisation> {
  if (fromRegister) {
    let query = db.selectFrom("organisations").select(["id", "name", "short_name", "region"]).where("is_demo", "=", 0).where("closed_on", "is", null).where("kind", "is not", null);
    if (name) query = query.where("name", "=", name);
    const found = await query.orderBy("id").executeTakeFirstOrThrow();
    return { id: found.id, name: found.name, shortName: found.short_name, region: found.region };
  }
  const n = next();
  const place = placeName(n);
  const orgName = name ?? `${place} NHS Trust`;
  const short = shortName === undefined ? place : shortName;
  const kind = { type: type ?? TYPES[n % TYPES.length], region: region ?? REGIONS[n % REGIONS.length] };
  const id = await createOrganisation(db, { name: orgName, shortName: short, ...kind, odsCode: null, aliases: [], formerNames: [] }, null);
  return { id, name: orgName, shortName: short, region: kind.region };
}

/** The first admin of a test's database, made as `npm run create-admin` makes one (no model verb makes an account with no invitation). */
export async function firstAdmin(db: DB): Promise<Person> {
  const existing = await db
    .selectFrom("roles")
    .innerJoin("users", "users.id", "roles.user_id")
    .select(["users.id", "users.email", "users.name"])
    .where("roles.role", "=", "admin")
    .orderBy("users.id")
    .executeTakeFirst();
  if (existing) return existing;
  const n = next();
  const email = `first.admin.${n}@factory.test`;
  const now = new Date().toISOString();
  const { id } = await db
    .insertInto("users")
    .values({ email, email_normalised: normaliseEmail(email), name: `First Admin ${n}`, password_hash: await factoryPasswordHash(), email_verified_at: now, created_at: now, updated_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  await grantRole(db, { userId: id, role: "admin", grantedBy: null });
  return { id, email, name: `First Admin ${n}` };
}

/** Someone invited by an admin who has accepted: an admin, or a judge of a side (and an organisation, for conflicts). */
async function invited(db: DB, input: { role: "admin" | "judge"; side: JudgeSide | null; organisationId: number | null; name?: string; email?: string }): Promise<Person> {
  const n = next();
  const name = input.name ?? `${input.role === "admin" ? "Admin" : "Judge"} ${n}`;
  const email = input.email ?? `${input.role}.${n}@factory.test`;
  const { token } = await createInvitation(db, { email, name, role: input.role, side: input.side, organisationId: input.organisationId }, (await firstAdmin(db)).id);
  const accepted = must("Accepting the invitation", await acceptInvitation(db, { token, name, passwordHash: await factoryPasswordHash() }));
  return { id: accepted.userId, email, name };
}

export function makeAdmin(db: DB, { name, email }: { name?: string; email?: string } = {}): Promise<Person> {
  return invited(db, { role: "admin", side: null, organisationId: null, name, email });
}

/** A judge of one side; `organisationId` is where they work (a conflict for that organisation's entries); `statementFor` a cycle whose statement they have accepted. */
export async function makeJudge(
  db: DB,
  { side = "employer", organisationId = null, name, email, statementFor }: { side?: JudgeSide; organisationId?: number | null; name?: string; email?: string; statementFor?: number } = {},
): Promise<Person> {
  const judge = await invited(db, { role: "judge", side, organisationId, name, email });
  if (statementFor !== undefined) await acceptStatement(db, { cycleId: statementFor, judgeId: judge.id });
  return judge;
}

/** An entrant who registered for the organisation, confirmed their address and was approved (or left pending). */
export async function makeEntrant(
  db: DB,
  { organisationId, name, email, approved = true }: { organisationId: number; name?: string; email?: string; approved?: boolean },
): Promise<Person> {
  const n = next();
  const person = { name: name ?? `Entrant ${n}`, email: email ?? `entrant.${n}@factory.test` };
  const id = await createEntrant(db, { ...person, passwordHash: await factoryPasswordHash(), organisationId, requestedOrganisationName: null });
  await markEmailVerified(db, id);
  if (approved) await grantMembership(db, { userId: id, organisationId, actorUserId: (await firstAdmin(db)).id, now: new Date().toISOString() });
  return { id, ...person };
}

/** Next calendar year: the latest the public archive lists a year with no entries in (as a cycle being judged now). */
export const NEXT_YEAR = new Date().getUTCFullYear() + 1;

const DAY = 24 * 3600_000;
const at = (from: number, days: number) => new Date(from + days * DAY).toISOString();

/** The stages a factory can bring a cycle to, in order (announcing is publication's job). */
const STAGES: CycleStage[] = ["draft", "open", "closed", "judging", "shortlisting", "final"];

/**
 * An award cycle with the default form and criteria, brought to `stage` through the stage rules.
 * Its dates fit the stage at the time it is made: open for nominations for a month from now, or
 * (made straight to a later stage) nominations closed, judging open or closed, as the stage needs.
 */
export async function makeCycle(db: DB, { year, stage = "open" }: { year?: number; stage?: CycleStage } = {}): Promise<{ id: number; year: number }> {
  const now = Date.now();
  const cycleYear = year ?? 2040 + next();
  const id = await createCycle(
    db,
    {
      year: cycleYear,
      dates: {
        nominations_open_at: at(now, -1),
        nominations_close_at: at(now, 30),
        judging_open_at: at(now, 31),
        judging_close_at: at(now, 60),
        shortlist_at: at(now, 67),
        final_judging_at: at(now, 90),
        announcement_at: at(now, 120),
      },
    },
    null,
  );
  await advanceCycle(db, id, stage);
  return { id, year: cycleYear };
}

/**
 * Moves a cycle on to `stage`, one stage at a time through moveCycleStage. Closing nominations moves
 * the deadline to now (so whatever was submitted and endorsed so far is complete); moving on from
 * judging moves judging's close to now, as if the dates had simply passed.
 */
export async function advanceCycle(db: DB, cycleId: number, stage: CycleStage): Promise<void> {
  const admin = (await firstAdmin(db)).id;
  for (;;) {
    const cycle = await getCycle(db, cycleId);
    if (!cycle) throw new Error(`No cycle ${cycleId}`);
    const from = STAGES.indexOf(cycle.stage);
    const to = STAGES.indexOf(stage);
    if (from < 0 || to < 0) throw new Error(`A factory cannot move a cycle from ${cycle.stage} to ${stage}`);
    if (from >= to) return;
    const step = STAGES[from + 1];
    const now = Date.now();
    const dates = {
      nominations_open_at: cycle.nominations_open_at,
      nominations_close_at: cycle.nominations_close_at,
      judging_open_at: cycle.judging_open_at,
      judging_close_at: cycle.judging_close_at,
      shortlist_at: cycle.shortlist_at,
      final_judging_at: cycle.final_judging_at,
      announcement_at: cycle.announcement_at,
    };
    if (step === "closed") {
      await updateCycleDates(db, cycleId, { ...dates, nominations_close_at: at(now, 0), judging_open_at: at(now, 0), judging_close_at: at(now, 21), shortlist_at: at(now, 28) }, admin);
    }
    if (step === "shortlisting") await updateCycleDates(db, cycleId, { ...dates, judging_close_at: at(now, 0) }, admin);
    must(`Moving cycle ${cycleId} to ${step}`, await moveCycleStage(db, { cycleId, to: step, actorUserId: admin, now: new Date(now + 1000) }));
  }
}

export type NominationState = "draft" | "submitted" | "endorsed";

/**
 * A nomination by the entrant for their organisation, as the entrant would make it: started, every
 * section answered, leads named; then submitted, and endorsed by both leads from their e-mailed links.
 * The cycle must be open for nominations (make the entries, then advanceCycle).
 */
export async function makeNomination(
  db: DB,
  {
    cycleId,
    organisationId,
    entrantId,
    state = "endorsed",
    title,
    answer,
    identifyingTerms = [],
  }: { cycleId: number; organisationId: number; entrantId: number; state?: NominationState; title?: string; answer?: (section: { key: string; title: string }) => string; identifyingTerms?: string[] },
): Promise<{ id: number; reference: string; title: string }> {
  const n = next();
  const started = must("Starting the nomination", await startNomination(db, { cycleId, organisationId, userId: entrantId }));
  const sections = await listSections(db, cycleId);
  const answers: Record<number, string> = {};
  for (const s of sections) answers[s.id] = answer?.(s) ?? `Our answer on ${s.title.toLowerCase()}, written jointly by managers and the staff side.`;
  const nominationTitle = title ?? `Partnership initiative ${n}`;
  const { revision } = await db.selectFrom("nominations").select("revision").where("id", "=", started.id).executeTakeFirstOrThrow();
  must(
    "Saving the nomination",
    await saveDraft(db, {
      id: started.id,
      organisationId,
      userId: entrantId,
      expectedRevision: revision,
      fields: {
        title: nominationTitle,
        consent_to_publish: true,
        identifying_terms: identifyingTerms,
        employer_lead_name: `Employer Lead ${n}`,
        employer_lead_role: "Director of People",
        employer_lead_email: `employer.lead.${n}@factory.test`,
        staff_lead_name: `Staff Lead ${n}`,
        staff_lead_role: "Staff-side chair",
        staff_lead_email: `staff.lead.${n}@factory.test`,
        unions: "UNISON, RCN",
      },
      answers,
    }),
  );
  if (state !== "draft") {
    must("Submitting the nomination", await submitNomination(db, { id: started.id, organisationId, userId: entrantId }));
    if (state === "endorsed") await endorseByBothLeads(db, started.id);
  }
  return { id: started.id, reference: started.reference, title: nominationTitle };
}

/**
 * Both leads confirm from their links. The links' tokens travel only in the e-mails, and the database
 * keeps their hashes: so each pending request is given a token the test knows (the one write here
 * with no verb), and the lead's answer then goes through respondToEndorsement as from the link.
 */
export async function endorseByBothLeads(db: DB, nominationId: number): Promise<void> {
  const pending = await db.selectFrom("endorsements").select("id").where("nomination_id", "=", nominationId).where("status", "=", "pending").execute();
  for (const row of pending) {
    const token = generateToken();
    await db.updateTable("endorsements").set({ token_hash: hashToken(token) }).where("id", "=", row.id).execute();
    must("Endorsing the nomination", await respondToEndorsement(db, { token, decision: "confirm", reason: null }));
  }
}

/** An admin accepts one side's endorsement on other evidence (for tests of that, or of a lead who never answers). */
export async function acceptEndorsementForLead(db: DB, nominationId: number, side: "employer" | "staff_side"): Promise<void> {
  must("Accepting the endorsement", await acceptEndorsementByAdmin(db, { nominationId, side, reason: "Signed letter received", adminUserId: (await firstAdmin(db)).id }));
}

/** The nomination's judging entry, prepared and released by the secretariat (every flag kept); returns its code. */
export async function releaseEntry(db: DB, { cycleId, nominationId }: { cycleId: number; nominationId: number }): Promise<{ code: string }> {
  const admin = (await firstAdmin(db)).id;
  await refreshJudgingEntry(db, { nominationId, cycleId, actorUserId: admin });
  for (const flagKey of await undecidedFlags(db, nominationId)) must("Deciding a flag", await decideFlag(db, { nominationId, flagKey, decision: "keep", actorUserId: admin }));
  must("Releasing the entry", await setJudgingEntryStatus(db, { nominationId, status: "released", actorUserId: admin }));
  const { code } = await db.selectFrom("judging_entries").select("code").where("nomination_id", "=", nominationId).executeTakeFirstOrThrow();
  return { code };
}

/** The secretariat gives the judge the entry by hand (first round). */
export async function makeAssignment(db: DB, { cycleId, nominationId, judgeId }: { cycleId: number; nominationId: number; judgeId: number }): Promise<void> {
  await addAssignment(db, { cycleId, entryId: nominationId, judgeId, source: "manual", reason: null, actorUserId: (await firstAdmin(db)).id, at: new Date().toISOString() });
}

/** The judge's first-round score sheet for the entry, submitted: every criterion scored (`score` of its scale, by default the middle). */
export async function submitScoreSheet(
  db: DB,
  { cycleId, judgeId, code, score }: { cycleId: number; judgeId: number; code: string; score?: (criterion: { scale_min: number; scale_max: number }, index: number) => number },
): Promise<void> {
  const scores: Record<number, string> = {};
  const comments: Record<number, string> = {};
  for (const [i, c] of (await listCriteria(db, cycleId)).entries()) {
    scores[c.id] = String(score?.(c, i) ?? Math.round((c.scale_min + c.scale_max) / 2));
    comments[c.id] = "";
  }
  must("Submitting the score sheet", await saveScoreSheet(db, { cycleId, judgeId, code, input: { scores, comments, overallComment: "Scored for the test." }, mode: "submit", revision: 0 }));
}

/**
 * A cycle in judging with one released entry per organisation made, each by an approved entrant and
 * endorsed; and `judgesPerSide` judges of each side (two, enough for three judges an entry around a
 * conflict) who accepted the statement. Nothing is assigned: confirmAssignment or makeAssignment.
 * The cycle's year is far ahead unless given: give NEXT_YEAR where the public year page must list it.
 */
export async function makeJudgingRound(
  db: DB,
  { organisations = 2, judgesPerSide = 2, year, unendorsed = 0 }: { organisations?: number; judgesPerSide?: number; year?: number; unendorsed?: number } = {},
) {
  const cycle = await makeCycle(db, { year, stage: "open" });
  const made: { organisation: Organisation; entrant: Person; nominationId: number; title: string }[] = [];
  for (let i = 0; i < organisations; i++) {
    const organisation = await makeOrganisation(db);
    const entrant = await makeEntrant(db, { organisationId: organisation.id });
    const nomination = await makeNomination(db, { cycleId: cycle.id, organisationId: organisation.id, entrantId: entrant.id });
    made.push({ organisation, entrant, nominationId: nomination.id, title: nomination.title });
  }
  // Submitted but never endorsed by both leads: nominations that do not go forward to judging.
  const notEntered: { organisation: Organisation; nominationId: number }[] = [];
  for (let i = 0; i < unendorsed; i++) {
    const organisation = await makeOrganisation(db);
    const entrant = await makeEntrant(db, { organisationId: organisation.id });
    notEntered.push({ organisation, nominationId: (await makeNomination(db, { cycleId: cycle.id, organisationId: organisation.id, entrantId: entrant.id, state: "submitted" })).id });
  }
  await advanceCycle(db, cycle.id, "judging");
  const entries: { organisation: Organisation; entrant: Person; nominationId: number; title: string; code: string }[] = [];
  for (const m of made) entries.push({ ...m, code: (await releaseEntry(db, { cycleId: cycle.id, nominationId: m.nominationId })).code });
  const employerJudges: Person[] = [];
  const staffSideJudges: Person[] = [];
  for (let i = 0; i < judgesPerSide; i++) {
    employerJudges.push(await makeJudge(db, { side: "employer", statementFor: cycle.id }));
    staffSideJudges.push(await makeJudge(db, { side: "staff_side", statementFor: cycle.id }));
  }
  return { cycle, entries, notEntered, employerJudges, staffSideJudges, admin: await firstAdmin(db) };
}

/**
 * An entry in the public archive, published as the secretariat adds one by hand, with whatever
 * case-study sections are given (or, with `isDemo`, flagged as the demo story's case studies are, for
 * tests of what the archive leaves out).
 */
export async function makeArchiveEntry(
  db: DB,
  {
    year,
    result = "finalist",
    organisationName,
    isDemo = false,
    caseStudy = {},
  }: { year: number; result?: ArchiveResult; organisationName?: string; isDemo?: boolean; caseStudy?: Partial<Record<CaseStudySectionKey, string>> },
): Promise<{ id: number; slug: string; organisationName: string }> {
  const n = next();
  const name = organisationName ?? `${placeName(n)} NHS Trust`;
  const sections = Object.fromEntries(CASE_STUDY_SECTIONS.map((s) => [s.key, caseStudy[s.key] ?? null])) as Record<CaseStudySectionKey, string | null>;
  const fields: ArchiveEntryFields = {
    ...sections,
    year,
    organisation_name: name,
    title: `Partnership initiative ${n}`,
    result,
    summary: "Managers and the staff side worked on it together.",
    region: REGIONS[n % REGIONS.length],
    organisation_type: TYPES[n % TYPES.length],
    source_note: null,
    source_url: null,
    themes: [],
  };
  const made = await createArchiveEntry(db, { fields, origin: "admin", actorUserId: (await firstAdmin(db)).id, isDemo });
  return { ...made, organisationName: name };
}
