// Demo data for a new install outside production: fictional organisations (flagged is_demo and
// shown as "Demo"), and one account per role, all with one password (the people and organisations
// are app/domain/demo-accounts.ts). Seeded once, idempotently.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { DEMO_ADMIN, DEMO_JUDGES, DEMO_ORGANISATIONS, DEMO_PASSWORD, demoEntrantEmail } from "../../app/domain/demo-accounts";
import { createOrganisation, slugify } from "../../app/models/organisations.server";
import { grantRole, normaliseEmail, upsertJudgeProfile } from "../../app/models/users.server";
import { hashPassword } from "../../app/platform/crypto.server";
import { recordAudit } from "../../app/models/audit.server";

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
