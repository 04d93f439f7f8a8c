// Conflicts of interest declared after the cycle's entries were assigned: recorded as such (they go to
// the secretariat and leave the judge's list as it is, decision 016), and so is their withdrawal.
// An assignment set aside by such a conflict gets the status "retired" (status is free text).
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("judge_conflicts").addColumn("declared_after_assignment", "integer", (c) => c.notNull().defaultTo(0)).execute();
  // Null until withdrawn; then 1 when it was withdrawn after the entries were assigned.
  await db.schema.alterTable("judge_conflicts").addColumn("removed_after_assignment", "integer").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("judge_conflicts").dropColumn("removed_after_assignment").execute();
  await db.schema.alterTable("judge_conflicts").dropColumn("declared_after_assignment").execute();
}
