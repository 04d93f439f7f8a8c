// The redactor's whole output on every corpus entry (scripts/bench/redaction-corpus) and on the
// benchmark's 3,000-word entry, as one digest per entry: a change meant only to make the redactor
// faster, tidier or differently organised must leave every digest as it is.
//
// When the rules change on purpose (and REDACTION_RULES_VERSION with them), regenerate the digests:
//   UPDATE_REDACTION_SNAPSHOT=1 npx vitest run tests/unit/redaction-snapshot.test.ts
// and commit redaction-snapshot.json with the rules. The file records the rules version it was taken
// under, so a stale file says so rather than failing entry by entry.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { REDACTION_RULES_VERSION, compileRedactor } from "../../app/domain/redaction";
import { loadCorpus } from "../../scripts/bench/redaction-corpus/corpus";
import { longEntry, subjectFor } from "../../scripts/bench/redaction-corpus/score";

const SNAPSHOT = fileURLToPath(new URL("./redaction-snapshot.json", import.meta.url));
type Snapshot = { rules: string; digests: Record<string, string> };

const corpus = loadCorpus();

/** The redacted text, every redaction and every flag, with all their fields, hashed. */
function digest(result: unknown): string {
  return createHash("sha256").update(JSON.stringify(result)).digest("hex").slice(0, 16);
}

function currentDigests(): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const entry of corpus) digests[entry.id] = digest(compileRedactor(subjectFor(entry))(entry.text));
  const long = longEntry(corpus);
  digests["3,000-word entry"] = digest(compileRedactor(long.subject)(long.text));
  return digests;
}

describe("the redactor's output on the corpus", () => {
  const digests = currentDigests();
  if (process.env.UPDATE_REDACTION_SNAPSHOT) {
    writeFileSync(SNAPSHOT, `${JSON.stringify({ rules: REDACTION_RULES_VERSION, digests } satisfies Snapshot, null, 2)}\n`);
  }
  const saved = JSON.parse(readFileSync(SNAPSHOT, "utf8")) as Snapshot;

  it("was recorded under the current rules (regenerate it when the rules change on purpose)", () => {
    expect(saved.rules).toBe(REDACTION_RULES_VERSION);
    expect(Object.keys(digests).sort()).toEqual(Object.keys(saved.digests).sort());
  });

  it.each(Object.keys(digests).map((id) => [id] as const))("is unchanged for %s", (id) => {
    expect(digests[id]).toBe(saved.digests[id]);
  });
});
