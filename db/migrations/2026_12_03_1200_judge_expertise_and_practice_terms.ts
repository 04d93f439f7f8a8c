// Issue 15, session 8. A judge's expertise in the judge pool (decision 039): a few tags the
// secretariat uses to balance a panel and a short note, set by the secretariat or by the judge. And
// the words the secretariat hides by hand in the practice entry's judges' copy (decision 037).
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("judge_profiles")
    // JSON array of expertise tags (app/domain/judge-expertise.ts), e.g. ["workforce", "clinical"].
    .addColumn("expertise_tags", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
  await db.schema.alterTable("judge_profiles").addColumn("expertise_note", "text", (c) => c.notNull().defaultTo("")).execute();
  // JSON array of { text, kind }: hidden in the practice copy as in an entry's (words added at review).
  await db.schema.alterTable("practice_entries").addColumn("extra_terms", "text", (c) => c.notNull().defaultTo("[]")).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("practice_entries").dropColumn("extra_terms").execute();
  await db.schema.alterTable("judge_profiles").dropColumn("expertise_note").execute();
  await db.schema.alterTable("judge_profiles").dropColumn("expertise_tags").execute();
}
