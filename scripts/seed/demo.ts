// Demo data for a new install outside production: fictional organisations (flagged is_demo and
// shown as "Demo"), and one account per role, all with the password below. Seeded once, idempotently.
import type { Kysely } from "kysely";
import type { Database, JudgeSide, OrganisationType } from "../../db/schema";
import { createOrganisation, slugify } from "../../app/models/organisations.server";
import { grantRole, normaliseEmail, upsertJudgeProfile } from "../../app/models/users.server";
import { hashPassword } from "../../app/platform/crypto.server";
import { recordAudit } from "../../app/models/audit.server";

export const DEMO_PASSWORD = "partnership-demo";

type DemoOrganisation = {
  name: string;
  shortName: string;
  type: OrganisationType;
  region: string;
  odsCode: string;
  aliases: string[];
  entrant: string;
};

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    name: "Northmoor Valley NHS Foundation Trust",
    shortName: "Northmoor Valley",
    type: "acute",
    region: "North West",
    odsCode: "DEMO1",
    aliases: ["NVFT", "Northmoor General Hospital", "Northmoor Valley FT"],
    entrant: "Jo Bennett",
  },
  {
    name: "Eastbrook Mental Health NHS Trust",
    shortName: "Eastbrook",
    type: "mental_health",
    region: "East of England",
    odsCode: "DEMO2",
    aliases: ["EMHT", "Eastbrook Mental Health"],
    entrant: "Ravi Chandran",
  },
  {
    name: "Harbourside Community Health NHS Trust",
    shortName: "Harbourside",
    type: "community",
    region: "South West",
    odsCode: "DEMO3",
    aliases: ["HCHT", "Harbourside Community"],
    entrant: "Megan Hughes",
  },
  {
    name: "Fellside Ambulance Service NHS Trust",
    shortName: "Fellside",
    type: "ambulance",
    region: "North East and Yorkshire",
    odsCode: "DEMO4",
    aliases: ["FAST", "Fellside Ambulance", "Fellside Ambulance Service"],
    entrant: "Tom Akinde",
  },
  {
    name: "Riverbend Integrated Care Board",
    shortName: "Riverbend",
    type: "integrated_care_board",
    region: "Midlands",
    odsCode: "DEMO5",
    aliases: ["Riverbend ICB", "RICB", "NHS Riverbend"],
    entrant: "Claire Dunmore",
  },
];

type DemoJudge = { email: string; name: string; side: JudgeSide; organisation: string };

export const DEMO_JUDGES: DemoJudge[] = [
  { email: "judge.employer1@demo.test", name: "Helen Carter", side: "employer", organisation: "Northmoor Valley" },
  { email: "judge.employer2@demo.test", name: "David Okafor", side: "employer", organisation: "Harbourside" },
  { email: "judge.employer3@demo.test", name: "Sarah Lindqvist", side: "employer", organisation: "Riverbend" },
  { email: "judge.staffside1@demo.test", name: "Mark Thompson", side: "staff_side", organisation: "Eastbrook" },
  { email: "judge.staffside2@demo.test", name: "Aisha Rahman", side: "staff_side", organisation: "Fellside" },
  { email: "judge.staffside3@demo.test", name: "Gareth Price", side: "staff_side", organisation: "Northmoor Valley" },
];

export const DEMO_ADMIN = { email: "admin@demo.test", name: "Sam Patel" };

export function demoEntrantEmail(org: Pick<DemoOrganisation, "shortName">): string {
  return `entrant@${slugify(org.shortName)}.demo.test`;
}

/** Every demo login, for the login page and the start-up message. */
export function demoLogins(): { email: string; role: string }[] {
  return [
    { email: DEMO_ADMIN.email, role: "Admin (SPF secretariat)" },
    ...DEMO_JUDGES.map((j) => ({ email: j.email, role: `Judge, ${j.side === "employer" ? "employer side" : "staff side"}` })),
    ...DEMO_ORGANISATIONS.map((o) => ({ email: demoEntrantEmail(o), role: `Entrant, ${o.name}` })),
  ];
}

/**
 * Every demo account has the same, published password, so one hash (with the real parameters and a
 * random salt) serves them all: a seed pays for scrypt once, not once per account (it was 11 of the
 * 14 seconds a test server took to start). Real users' passwords are each hashed on their own.
 */
let demoPasswordHash: Promise<string> | undefined;
function hashDemoPassword(): Promise<string> {
  demoPasswordHash ??= hashPassword(DEMO_PASSWORD);
  return demoPasswordHash;
}

async function ensureUser(db: Kysely<Database>, email: string, name: string): Promise<{ id: number; created: boolean }> {
  const existing = await db.selectFrom("users").select("id").where("email_normalised", "=", normaliseEmail(email)).executeTakeFirst();
  if (existing) return { id: existing.id, created: false };
  const now = new Date().toISOString();
  const { id } = await db
    .insertInto("users")
    .values({
      email,
      email_normalised: normaliseEmail(email),
      name,
      password_hash: await hashDemoPassword(),
      email_verified_at: now,
      is_demo: 1,
      created_at: now,
      updated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id, created: true };
}

/** Seeds the demo organisations and accounts; running it again changes nothing. Returns what it added. */
export async function seedDemo(db: Kysely<Database>): Promise<{ organisations: number; users: number }> {
  let organisations = 0;
  let users = 0;
  const orgIds = new Map<string, number>();
  for (const org of DEMO_ORGANISATIONS) {
    const existing = await db.selectFrom("organisations").select("id").where("slug", "=", slugify(org.name)).executeTakeFirst();
    const id =
      existing?.id ??
      (await createOrganisation(
        db,
        { name: org.name, shortName: org.shortName, type: org.type, region: org.region, odsCode: org.odsCode, aliases: org.aliases, isDemo: true },
        null,
      ));
    if (!existing) organisations++;
    orgIds.set(org.shortName, id);
  }

  const admin = await ensureUser(db, DEMO_ADMIN.email, DEMO_ADMIN.name);
  await grantRole(db, { userId: admin.id, role: "admin", grantedBy: null });
  users += Number(admin.created);

  for (const judge of DEMO_JUDGES) {
    const user = await ensureUser(db, judge.email, judge.name);
    users += Number(user.created);
    await grantRole(db, { userId: user.id, role: "judge", grantedBy: null });
    if (user.created) {
      await upsertJudgeProfile(db, { userId: user.id, side: judge.side, organisationId: orgIds.get(judge.organisation) ?? null });
    }
  }

  for (const org of DEMO_ORGANISATIONS) {
    const user = await ensureUser(db, demoEntrantEmail(org), org.entrant);
    users += Number(user.created);
    await grantRole(db, { userId: user.id, role: "entrant", grantedBy: null });
    // Approved, as the secretariat would have, so the demo entrants use their organisations' nominations;
    // a demo membership left pending by the migration that added approval (never decided) is approved too.
    const now = new Date().toISOString();
    await db
      .insertInto("memberships")
      .values({ user_id: user.id, organisation_id: orgIds.get(org.shortName)!, status: "approved", decided_at: now, created_at: now })
      .onConflict((oc) => oc.column("user_id").doUpdateSet({ status: "approved", decided_at: now }).where("memberships.status", "=", "pending").where("memberships.decided_at", "is", null))
      .execute();
  }

  if (organisations + users > 0) {
    await recordAudit(db, { actorUserId: null, action: "demo.seeded", details: { organisations, users } });
  }
  return { organisations, users };
}
