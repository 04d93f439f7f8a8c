// Seeds the national register of organisations on every start, in every mode: every NHS trust in NHS
// England's ODS file (open and closed; data/etr.csv, OGL v3.0) and the other bodies of
// register-bodies.ts. One transaction; a body is found by its ODS code (else by its name) and only
// the fields its source owns are written, and only when they differ, so a restart changes nothing
// and the secretariat's own additions (short names, other names, successors) are kept.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { parseEtr, type RegisterEntry } from "../../app/domain/national-register";
import { slugify } from "../../app/domain/slug";
import { REGISTER_BODIES } from "./register-bodies";
import { ETR_SUCCESSORS } from "./etr-successors";
import { ETR_FORMER_NAMES } from "./etr-former-names";

export const ETR_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "data", "etr.csv");

/** Every entry of the register, trusts first. */
export function registerEntries(): RegisterEntry[] {
  const trusts = parseEtr(fs.readFileSync(ETR_FILE, "utf8"));
  // An integrated care board's region: the region of the trusts that name it.
  const regionsByIcb = new Map<string, Map<string, number>>();
  for (const t of trusts) {
    if (!t.icbCode || !t.region) continue;
    const counts = regionsByIcb.get(t.icbCode) ?? new Map<string, number>();
    counts.set(t.region, (counts.get(t.region) ?? 0) + 1);
    regionsByIcb.set(t.icbCode, counts);
  }
  const bodies = REGISTER_BODIES.map((b) => {
    if (b.kind !== "integrated_care_board" || !b.odsCode) return b;
    const counts = [...(regionsByIcb.get(b.odsCode) ?? new Map<string, number>()).entries()].sort((x, y) => y[1] - x[1]);
    return { ...b, region: counts[0]?.[0] ?? null };
  });
  return [...trusts, ...bodies];
}

/** Seeds or refreshes the register; returns how many organisations were added and updated. */
export async function seedNationalRegister(db: Kysely<Database>): Promise<{ added: number; updated: number }> {
  const entries = registerEntries();
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom("organisations")
      .select(["id", "slug", "ods_code", "name", "kind", "nation", "region", "icb_code", "site", "town", "postcode", "opened_on", "closed_on", "source"])
      .execute();
    const byOds = new Map(rows.filter((r) => r.ods_code).map((r) => [r.ods_code!.toUpperCase(), r]));
    const bySlug = new Map(rows.map((r) => [r.slug, r]));
    const usedSlugs = new Set(rows.map((r) => r.slug));
    const now = new Date().toISOString();
    let added = 0;
    let updated = 0;
    for (const entry of entries) {
      const baseSlug = slugify(entry.name, "organisation");
      const sameName = bySlug.get(baseSlug);
      // A body added by hand before the register had no ODS code: it is the same body if the name is.
      const existing: (typeof rows)[number] | undefined =
        (entry.odsCode ? byOds.get(entry.odsCode) : undefined) ?? (sameName && (!sameName.ods_code || !entry.odsCode) ? sameName : undefined);
      const owned = {
        kind: entry.kind,
        nation: entry.nation,
        region: entry.region,
        icb_code: entry.icbCode,
        site: entry.site,
        town: entry.town,
        postcode: entry.postcode,
        opened_on: entry.openedOn,
        closed_on: entry.closedOn,
        source: entry.source,
      };
      let id: number;
      if (existing) {
        id = existing.id;
        const changes: Record<string, string | null> = {};
        for (const [key, value] of Object.entries(owned)) {
          if ((existing as Record<string, unknown>)[key] !== value) changes[key] = value;
        }
        if (entry.odsCode && existing.ods_code !== entry.odsCode) changes.ods_code = entry.odsCode;
        // The name follows the source; a name the secretariat gave it stays findable as an alias.
        if (existing.name !== entry.name) {
          changes.name = entry.name;
          const slug = uniqueSlug(baseSlug, entry.odsCode, usedSlugs, existing.slug);
          if (slug !== existing.slug) {
            usedSlugs.delete(existing.slug);
            changes.slug = slug;
          }
          await trx.insertInto("organisation_aliases").values({ organisation_id: id, alias: existing.name }).onConflict((oc) => oc.doNothing()).execute();
        }
        if (Object.keys(changes).length > 0) {
          await trx
            .updateTable("organisations")
            .set({ ...changes, updated_at: now })
            .where("id", "=", id)
            .execute();
          updated++;
        }
      } else {
        const slug = uniqueSlug(baseSlug, entry.odsCode, usedSlugs, null);
        ({ id } = await trx
          .insertInto("organisations")
          .values({ ...owned, name: entry.name, short_name: entry.shortName, slug, type: entry.type, ods_code: entry.odsCode, created_at: now, updated_at: now })
          .returning("id")
          .executeTakeFirstOrThrow());
        added++;
        const names = [
          ...entry.aliases.map((alias) => ({ organisation_id: id, alias, kind: "alias" as const })),
          ...entry.formerNames.map((alias) => ({ organisation_id: id, alias, kind: "former_name" as const })),
        ];
        if (names.length > 0) await trx.insertInto("organisation_aliases").values(names).onConflict((oc) => oc.doNothing()).execute();
      }
    }
    // Closed trusts and the trust that took each over, where the secretariat has not said otherwise.
    const codes = [...new Set([...Object.keys(ETR_SUCCESSORS), ...Object.values(ETR_SUCCESSORS)])];
    const ids = new Map((await trx.selectFrom("organisations").select(["id", "ods_code"]).where("ods_code", "in", codes).execute()).map((r) => [r.ods_code!, r.id]));
    for (const [closed, successor] of Object.entries(ETR_SUCCESSORS)) {
      const [closedId, successorId] = [ids.get(closed), ids.get(successor)];
      if (closedId === undefined || successorId === undefined) continue;
      await trx.updateTable("organisations").set({ successor_id: successorId }).where("id", "=", closedId).where("successor_id", "is", null).execute();
    }
    // Former names of renamed trusts and of predecessors etr.csv has no row for (decision 035).
    const renamed = await trx.selectFrom("organisations").select(["id", "ods_code"]).where("ods_code", "in", Object.keys(ETR_FORMER_NAMES)).execute();
    const formerNames = renamed.flatMap((r) => (ETR_FORMER_NAMES[r.ods_code!] ?? []).map((alias) => ({ organisation_id: r.id, alias, kind: "former_name" as const })));
    if (formerNames.length > 0) await trx.insertInto("organisation_aliases").values(formerNames).onConflict((oc) => oc.doNothing()).execute();
    return { added, updated };
  });
}

function uniqueSlug(base: string, odsCode: string | null, used: Set<string>, own: string | null): string {
  let slug = base;
  if (slug !== own && used.has(slug)) slug = odsCode ? `${base}-${slugify(odsCode)}` : base;
  for (let n = 2; slug !== own && used.has(slug); n++) slug = `${base}-${n}`;
  used.add(slug);
  return slug;
}
