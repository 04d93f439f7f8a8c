// NHS organisations (and the aliases and acronyms they are known by), and entrants' requests to add one.
import type { Kysely } from "kysely";
import type { Database, Organisation, OrganisationType } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { grantMembership } from "./memberships.server";
import { likeContains } from "./sql.server";
import { slugify as slugifyText } from "~/domain/slug";

export type OrganisationWithAliases = Organisation & { aliases: string[] };

export type OrganisationInput = {
  name: string;
  shortName: string | null;
  type: OrganisationType;
  region: string | null;
  odsCode: string | null;
  aliases: string[];
};

export function slugify(text: string): string {
  return slugifyText(text, "organisation");
}

async function aliasesByOrganisation(db: Kysely<Database>, ids: number[]): Promise<Map<number, string[]>> {
  const map = new Map<number, string[]>();
  if (ids.length === 0) return map;
  const rows = await db
    .selectFrom("organisation_aliases")
    .select(["organisation_id", "alias"])
    .where("organisation_id", "in", ids)
    .orderBy("alias")
    .execute();
  for (const r of rows) map.set(r.organisation_id, [...(map.get(r.organisation_id) ?? []), r.alias]);
  return map;
}

/** Organisations whose name, short name, ODS code or any alias contains the search term. */
export async function listOrganisations(
  db: Kysely<Database>,
  { q }: { q?: string } = {},
): Promise<OrganisationWithAliases[]> {
  let query = db.selectFrom("organisations").selectAll().orderBy("name");
  const term = q?.trim();
  if (term) {
    query = query.where((eb) =>
      eb.or([
        likeContains(eb.ref("name"), term),
        likeContains(eb.ref("short_name"), term),
        likeContains(eb.ref("ods_code"), term),
        eb.exists(
          eb
            .selectFrom("organisation_aliases")
            .select("organisation_aliases.id")
            .whereRef("organisation_aliases.organisation_id", "=", "organisations.id")
            .where((a) => likeContains(a.ref("organisation_aliases.alias"), term)),
        ),
      ]),
    );
  }
  const rows = await query.execute();
  const aliases = await aliasesByOrganisation(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, aliases: aliases.get(r.id) ?? [] }));
}

/** Id and name of every organisation, for choosing one in a form. */
export async function organisationChoices(db: Kysely<Database>): Promise<{ id: number; name: string }[]> {
  return db.selectFrom("organisations").select(["id", "name"]).orderBy("name").execute();
}

export async function getOrganisation(db: Kysely<Database>, id: number): Promise<OrganisationWithAliases | undefined> {
  const row = await db.selectFrom("organisations").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return undefined;
  const aliases = await aliasesByOrganisation(db, [id]);
  return { ...row, aliases: aliases.get(id) ?? [] };
}

export class DuplicateOrganisationError extends Error {
  constructor(readonly field: "name" | "odsCode") {
    super(field === "name" ? "An organisation with this name already exists" : "Another organisation has this ODS code");
  }
}

async function assertUnique(db: Kysely<Database>, input: OrganisationInput, exceptId: number | null) {
  const sameSlug = await db
    .selectFrom("organisations")
    .select("id")
    .where("slug", "=", slugify(input.name))
    .$if(exceptId !== null, (q) => q.where("id", "!=", exceptId!))
    .executeTakeFirst();
  if (sameSlug) throw new DuplicateOrganisationError("name");
  if (input.odsCode) {
    const sameOds = await db
      .selectFrom("organisations")
      .select("id")
      .where("ods_code", "=", input.odsCode)
      .$if(exceptId !== null, (q) => q.where("id", "!=", exceptId!))
      .executeTakeFirst();
    if (sameOds) throw new DuplicateOrganisationError("odsCode");
  }
}

async function replaceAliases(db: Kysely<Database>, organisationId: number, aliases: string[]) {
  await db.deleteFrom("organisation_aliases").where("organisation_id", "=", organisationId).execute();
  const unique = [...new Set(aliases.map((a) => a.trim()).filter(Boolean))];
  if (unique.length > 0) {
    await db
      .insertInto("organisation_aliases")
      .values(unique.map((alias) => ({ organisation_id: organisationId, alias })))
      .execute();
  }
}

export async function createOrganisation(
  db: Kysely<Database>,
  input: OrganisationInput & { isDemo?: boolean },
  actorUserId: number | null,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await assertUnique(trx, input, null);
    const now = new Date().toISOString();
    const { id } = await trx
      .insertInto("organisations")
      .values({
        name: input.name,
        short_name: input.shortName,
        slug: slugify(input.name),
        type: input.type,
        region: input.region,
        ods_code: input.odsCode,
        is_demo: input.isDemo ? 1 : 0,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await replaceAliases(trx, id, input.aliases);
    await recordAudit(trx, { actorUserId, action: "organisation.created", target: `organisation:${id}`, details: { ...input } });
    return id;
  });
}

export async function updateOrganisation(
  db: Kysely<Database>,
  id: number,
  input: OrganisationInput,
  actorUserId: number,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await assertUnique(trx, input, id);
    await trx
      .updateTable("organisations")
      .set({
        name: input.name,
        short_name: input.shortName,
        slug: slugify(input.name),
        type: input.type,
        region: input.region,
        ods_code: input.odsCode,
        updated_at: new Date().toISOString(),
      })
      .where("id", "=", id)
      .execute();
    await replaceAliases(trx, id, input.aliases);
    await recordAudit(trx, { actorUserId, action: "organisation.updated", target: `organisation:${id}`, details: { ...input } });
  });
}

export async function listPendingOrganisationRequests(db: Kysely<Database>) {
  return db
    .selectFrom("organisation_requests")
    .innerJoin("users", "users.id", "organisation_requests.user_id")
    .select([
      "organisation_requests.id",
      "organisation_requests.name",
      "organisation_requests.created_at",
      "users.name as user_name",
      "users.email as user_email",
    ])
    .where("organisation_requests.status", "=", "pending")
    .orderBy("organisation_requests.created_at")
    .execute();
}

/**
 * Decides an entrant's request for an unlisted organisation: approve by linking them to an
 * organisation (new or existing), or reject with a reason.
 */
export async function decideOrganisationRequest(
  db: Kysely<Database>,
  {
    requestId,
    decision,
    organisationId,
    reason,
    actorUserId,
  }: { requestId: number; decision: "approved" | "rejected"; organisationId: number | null; reason: string | null; actorUserId: number },
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const request = await trx
      .selectFrom("organisation_requests")
      .selectAll()
      .where("id", "=", requestId)
      .where("status", "=", "pending")
      .executeTakeFirst();
    if (!request) return false;
    const now = new Date().toISOString();
    await trx
      .updateTable("organisation_requests")
      .set({ status: decision, organisation_id: organisationId, decided_by: actorUserId, decided_at: now, reason })
      .where("id", "=", requestId)
      .execute();
    if (decision === "approved" && organisationId !== null) {
      // The secretariat's decision is the approval.
      await grantMembership(trx, { userId: request.user_id, organisationId, actorUserId, now });
    }
    await recordAudit(trx, {
      actorUserId,
      action: `organisation_request.${decision}`,
      target: `user:${request.user_id}`,
      details: { requestedName: request.name, organisationId, reason },
    });
    return true;
  });
}

export async function countOrganisations(db: Kysely<Database>): Promise<number> {
  const { total } = await db
    .selectFrom("organisations")
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .executeTakeFirstOrThrow();
  return Number(total);
}

export async function countPendingOrganisationRequests(db: Kysely<Database>): Promise<number> {
  const { total } = await db
    .selectFrom("organisation_requests")
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .where("status", "=", "pending")
    .executeTakeFirstOrThrow();
  return Number(total);
}

/** One request still waiting for a decision, with the entrant who made it; undefined once decided. */
export async function getPendingOrganisationRequest(db: Kysely<Database>, id: number) {
  return db
    .selectFrom("organisation_requests")
    .innerJoin("users", "users.id", "organisation_requests.user_id")
    .select([
      "organisation_requests.id",
      "organisation_requests.name",
      "organisation_requests.created_at",
      "users.name as user_name",
      "users.email as user_email",
    ])
    .where("organisation_requests.id", "=", id)
    .where("organisation_requests.status", "=", "pending")
    .executeTakeFirst();
}
