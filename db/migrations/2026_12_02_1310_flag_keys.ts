// Flag decisions are keyed by the redactor's normal form of a phrase (decision 030), no longer by the
// review's own (case-folded, apostrophes straightened): possessives and punctuation dropped, accents
// folded, "Saint" as "st", "&" as "and". Each stored key is recomputed from the phrase stored beside
// it. Where two decisions of one nomination now share a key ("Arrowe Park" kept, "Arrowe Park's"
// hidden), one row is left: "hide" if either hid it (the cautious answer for blind judging), with the
// later decision's phrase, decider and time.
import type { Kysely } from "kysely";

// A copy of app/domain/redaction.ts's phraseKey (a migration never imports app code); a unit test
// holds the two equal. Words as the redactor's tokens: letters, digits and marks with inner
// apostrophes, a trailing apostrophe, or "&"; "[organisation]"-style placeholders are no words.
const WORD = /\[(?:organisation|person|place|contact|redacted)\]|[\p{L}\p{N}\p{M}]+(?:['’‘][\p{L}\p{N}\p{M}]+)*['’‘]?|&/gu;
const POSSESSIVE = /(?:['’‘][sS]|[sS]['’‘]|['’‘])$/;

export function flagKeyOf(phrase: string): string {
  const keys: string[] = [];
  for (const [word] of phrase.matchAll(WORD)) {
    if (word.startsWith("[")) continue;
    if (word === "&") {
      keys.push("and");
      continue;
    }
    const last = word[word.length - 1];
    const apostrophe = (c: string | undefined) => c === "'" || c === "’" || c === "‘";
    let core = word;
    if (word.length > 2 && (apostrophe(last) || ((last === "s" || last === "S") && apostrophe(word[word.length - 2])))) {
      const suffix = POSSESSIVE.exec(word);
      if (suffix) core = word.slice(0, word.length - suffix[0].length);
    }
    let k = core.replace(/['’‘]/g, "").toLowerCase();
    if (/[^\x00-\x7f]/.test(k)) k = k.normalize("NFD").replace(/\p{M}/gu, "");
    if (k === "saint") k = "st";
    if (/[\p{L}\p{N}]/u.test(k)) keys.push(k);
  }
  return keys.join(" ");
}

type Row = { nomination_id: number; flag_key: string; matched: string; decision: string; decided_by: number | null; decided_at: string };

export async function up(db: Kysely<any>): Promise<void> {
  const rows = (await db.selectFrom("redaction_flag_decisions").selectAll().orderBy("decided_at").execute()) as Row[];
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const id = `${row.nomination_id}\u0000${flagKeyOf(row.matched)}`;
    groups.set(id, [...(groups.get(id) ?? []), row]);
  }
  for (const group of groups.values()) {
    const key = flagKeyOf(group[0].matched);
    if (group.length === 1 && group[0].flag_key === key) continue;
    const latest = group[group.length - 1];
    const decision = group.some((r) => r.decision === "hide") ? "hide" : latest.decision;
    for (const r of group) {
      await db.deleteFrom("redaction_flag_decisions").where("nomination_id", "=", r.nomination_id).where("flag_key", "=", r.flag_key).execute();
    }
    await db
      .insertInto("redaction_flag_decisions")
      .values({ nomination_id: latest.nomination_id, flag_key: key, matched: latest.matched, decision, decided_by: latest.decided_by, decided_at: latest.decided_at })
      .execute();
  }
}

// The earlier keys cannot be told apart once merged; going down leaves the new keys in place.
export async function down(): Promise<void> {}
