// NHS organisations: the national register (and the aliases, acronyms and former names they are known
// by), searching it, and entrants' requests to add one.
import type { Kysely } from "kysely";
import type { AliasKind, Database, Organisation, OrganisationType } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { grantMembership } from "./memberships.server";
import { queueMail } from "./outbox.server";
import { organisationRequestApprovedMail } from "~/emails/membership-emails.server";
import { likeContains } from "~/platform/sql.server";
import { closedPhrase, MAX_SEARCH_RESULTS, searchOrganisations, type Searchable } from "~/domain/national-register";
import { slugify as slugifyText } from "~/domain/slug";

/**
 * One organisation as a picker offers it: its name, a line that tells it from others of a similar
 * name (ODS code, town or kind), and whether it has closed. Nothing about entries or members.
 */
export type RegisterChoice = {
  id: number;
  name: string;
  detail: string;
  closedOn: string | null;
  /** "Closed on 31 March 2020, now part of ..." for a closed one; null while open. */
  closedNote: string | null;
};

type RegisterRow = Searchable & { successorName: string | null; kind: string | null; nation: string | null };

async function registerRows(db: Kysely<Database>, ids?: number[]): Promise<RegisterRow[]> {
  const rows = await db
    .selectFrom("organisations")
    .leftJoin("organisations as successor", "successor.id", "organisations.successor_id")
    .select([
      "organisations.id",
      "organisations.name",
      "organisations.short_name",
      "organisations.ods_code",
      "organisations.town",
      "organisations.closed_on",
      "organisations.kind",
      "organisations.nation",
      "successor.name as successor_name",
    ])
    .$if(ids !== undefined, (q) => q.where("organisations.id", "in", ids!.length > 0 ? ids! : [-1]))
    .execute();
  const aliases = await db
    .selectFrom("organisation_aliases")
    .select(["organisation_id", "alias"])
    .$if(ids !== undefined, (q) => q.where("organisation_id", "in", ids!.length > 0 ? ids! : [-1]))
    .execute();
  const names = new Map<number, string[]>();
  for (const a of aliases) names.set(a.organisation_id, [...(names.get(a.organisation_id) ?? []), a.alias]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    shortName: r.short_name,
    odsCode: r.ods_code,
    town: r.town,
    closedOn: r.closed_on,
    otherNames: names.get(r.id) ?? [],
    successorName: r.successor_name,
    kind: r.kind,
    nation: r.nation,
  }));
}

function toChoice(r: RegisterRow): RegisterChoice {
  const detail = [r.odsCode, r.town ?? (r.nation && r.nation !== "England" ? r.nation : null)].filter(Boolean).join(", ");
  return {
    id: r.id,
    name: r.name,
    detail,
    closedOn: r.closedOn,
    closedNote: r.closedOn ? `${closedPhrase(r.closedOn)}${r.successorName ? `, its work now done by ${r.successorName}` : ""}` : null,
  };
}

/**
 * The register's best matches for a search by name, short name, other or former name, ODS code or
 * town. The whole register is searched the same way for everyone: whether an organisation has
 * entered, or has members, plays no part in what is found or in its order.
 */
export async function searchRegister(db: Kysely<Database>, query: string, limit = MAX_SEARCH_RESULTS): Promise<RegisterChoice[]> {
  if (!query.trim()) return [];
  return searchOrganisations(await registerRows(db), query, limit).map(toChoice);
}

/** One organisation of the register as a picker shows it; undefined if there is none with this id. */
export async function getRegisterChoice(db: Kysely<Database>, id: number): Promise<RegisterChoice | undefined> {
  const [row] = await registerRows(db, [id]);
  return row ? toChoice(row) : undefined;
}

export type OrganisationWithAliases = Organisation & { aliases: string[]; formerNames: string[]; successorOdsCode: string | null };

export type OrganisationInput = {
  name: string;
  shortName: string | null;
  type: OrganisationType;
  region: string | null;
  odsCode: string | null;
  aliases: string[];
  formerNames?: string[];
  /** The ODS code of the organisation that took over this one's work (the register links them). */
  successorOdsCode?: string | null;
};

export function slugify(text: string): string {
  return slugifyText(text, "organisation");
}

async function aliasesByOrganisation(db: Kysely<Database>, ids: number[], kind: AliasKind = "alias"): Promise<Map<number, string[]>> {
  const map = new Map<number, string[]>();
  if (ids.length === 0) return map;
  const rows = await db
    .selectFrom("organisation_aliases")
    .select(["organisation_id", "alias"])
    .where("organisation_id", "in", ids)
    .where("kind", "=", kind)
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
  const ids = rows.map((r) => r.id);
  const [aliases, former] = await Promise.all([aliasesByOrganisation(db, ids), aliasesByOrganisation(db, ids, "former_name")]);
  return rows.map((r) => ({ ...r, aliases: aliases.get(r.id) ?? [], formerNames: former.get(r.id) ?? [], successorOdsCode: null }));
}

/** Id and name of every organisation, for choosing one in a form. */
export async function organisationChoices(db: Kysely<Database>): Promise<{ id: number; name: string }[]> {
  return db.selectFrom("organisations").select(["id", "name"]).orderBy("name").execute();
}

export async function getOrganisation(db: Kysely<Database>, id: number): Promise<OrganisationWithAliases | undefined> {
  const row = await db.selectFrom("organisations").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return undefined;
  const [aliases, former, successor] = await Promise.all([
    aliasesByOrganisation(db, [id]),
    aliasesByOrganisation(db, [id], "former_name"),
    row.successor_id === null ? undefined : db.selectFrom("organisations").select("ods_code").where("id", "=", row.successor_id).executeTakeFirst(),
  ]);
  return { ...row, aliases: aliases.get(id) ?? [], formerNames: former.get(id) ?? [], successorOdsCode: successor?.ods_code ?? null };
}

export class DuplicateOrganisationError extends Error {
  constructor(readonly field: "name" | "odsCode" | "successorOdsCode") {
    super(
      field === "name"
        ? "An organisation with this name already exists"
        : field === "odsCode"
          ? "Another organisation has this ODS code"
          : "No other organisation in the register has this ODS code",
    );
  }
}

/** The id of the organisation that took over, found by its ODS code; never the organisation itself. */
async function successorId(db: Kysely<Database>, input: OrganisationInput, selfId: number | null): Promise<number | null> {
  if (!input.successorOdsCode) return null;
  const found = await db.selectFrom("organisations").select("id").where("ods_code", "=", input.successorOdsCode).executeTakeFirst();
  if (!found || found.id === selfId) throw new DuplicateOrganisationError("successorOdsCode");
  return found.id;
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

async function replaceAliases(db: Kysely<Database>, organisationId: number, aliases: string[], formerNames: string[] = []) {
  await db.deleteFrom("organisation_aliases").where("organisation_id", "=", organisationId).execute();
  const former = [...new Set(formerNames.map((a) => a.trim()).filter(Boolean))];
  // A name typed in both lists is a former name.
  const unique = [...new Set(aliases.map((a) => a.trim()).filter(Boolean))].filter((a) => !former.includes(a));
  const rows = [
    ...unique.map((alias) => ({ organisation_id: organisationId, alias, kind: "alias" as const })),
    ...former.map((alias) => ({ organisation_id: organisationId, alias, kind: "former_name" as const })),
  ];
  if (rows.length > 0) await db.insertInto("organisation_aliases").values(rows).execute();
}

export async function createOrganisation(
  db: Kysely<Database>,
  input: OrganisationInput & { isDemo?: boolean },
  actorUserId: number | null,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await assertUnique(trx, input, null);
    const successor = await successorId(trx, input, null);
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
        successor_id: successor,
        // Added by hand, not from one of the register's published sources.
        source: input.isDemo ? "Fictional, for the demo" : "Added by the SPF secretariat",
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await replaceAliases(trx, id, input.aliases, input.formerNames);
    await recordAudit(trx, { actorUserId, action: "organisation.created", target: `organisation:${id}`, details: { ...input } });
    return id;
  });
}

/**
 * Saves an organisation's details; "stale" (nothing written) when `opened`, the `updated_at` the
 * form was opened at, is given and someone has saved the organisation since.
 */
export async function updateOrganisation(
  db: Kysely<Database>,
  id: number,
  input: OrganisationInput,
  actorUserId: number,
  opened?: string,
): Promise<"saved" | "stale"> {
  return db.transaction().execute(async (trx) => {
    if (opened !== undefined) {
      const stored = await trx.selectFrom("organisations").select("updated_at").where("id", "=", id).executeTakeFirst();
      if (stored && stored.updated_at !== opened) return "stale";
    }
    await assertUnique(trx, input, id);
    const successor = await successorId(trx, input, id);
    await trx
      .updateTable("organisations")
      .set({
        name: input.name,
        short_name: input.shortName,
        slug: slugify(input.name),
        type: input.type,
        region: input.region,
        ods_code: input.odsCode,
        successor_id: successor,
        updated_at: new Date().toISOString(),
      })
      .where("id", "=", id)
      .execute();
    await replaceAliases(trx, id, input.aliases, input.formerNames);
    await recordAudit(trx, { actorUserId, action: "organisation.updated", target: `organisation:${id}`, details: { ...input } });
    return "saved";
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
      // Told once this commits (the outbox), with a link to start.
      const entrant = await trx.selectFrom("users").select(["email", "name"]).where("id", "=", request.user_id).executeTakeFirstOrThrow();
      const organisation = await trx.selectFrom("organisations").select("name").where("id", "=", organisationId).executeTakeFirstOrThrow();
      await queueMail(trx, organisationRequestApprovedMail(entrant, organisation.name));
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
