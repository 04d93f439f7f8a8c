import { describe, expect, it } from "vitest";
import {
  COUNTED_ASSIGNMENT_STATUSES,
  CONFLICT_KINDS,
  CONFLICT_KIND_LABELS,
  JUDGE_VISIBLE_ASSIGNMENT_STATUSES,
  assignmentsToRetire,
  conflictTiming,
  DECLARABLE_CONFLICT_KINDS,
  MAX_CONFLICT_NOTE_LENGTH,
  conflictKinds,
  conflictedPairs,
  isConflicted,
  pairKey,
  validateConflictDeclaration,
  type DeclaredConflict,
} from "./conflicts";

const judges = [
  { id: 1, organisationId: 100 },
  { id: 2, organisationId: null },
  { id: 3, organisationId: 200 },
];
const entries = [
  { id: 10, organisationId: 100 },
  { id: 11, organisationId: 100 },
  { id: 12, organisationId: 200 },
  { id: 13, organisationId: 300 },
];

describe("conflictedPairs", () => {
  it("conflicts every judge with their own organisation's entries, automatically", () => {
    const pairs = conflictedPairs(judges, entries, []);
    expect(pairs.get("1:10")).toEqual(["own_organisation"]);
    expect(pairs.get("1:11")).toEqual(["own_organisation"]);
    expect(pairs.get("3:12")).toEqual(["own_organisation"]);
    expect(pairs.size).toBe(3);
  });

  it("adds declared conflicts against every entry from that organisation, with every reason kept", () => {
    const declared: DeclaredConflict[] = [
      { judgeId: 2, organisationId: 100, kind: "union_role", note: null },
      { judgeId: 1, organisationId: 100, kind: "governs", note: null },
      { judgeId: 1, organisationId: 100, kind: "governs", note: "again" },
      { judgeId: 3, organisationId: 300, kind: "personal_connection", note: "My sister leads the bid" },
    ];
    const pairs = conflictedPairs(judges, entries, declared);
    expect(pairs.get("2:10")).toEqual(["union_role"]);
    expect(pairs.get("2:11")).toEqual(["union_role"]);
    expect(pairs.get("1:10")).toEqual(["own_organisation", "governs"]);
    expect(pairs.get("3:13")).toEqual(["personal_connection"]);
    expect(pairs.has("2:12")).toBe(false);
    expect(pairs.has("2:13")).toBe(false);
  });

  it("keeps declarations for judges missing from the list, so a partial list never un-conflicts anyone", () => {
    const pairs = conflictedPairs([], entries, [{ judgeId: 9, organisationId: 300, kind: "works_for", note: null }]);
    expect(pairs.get(pairKey(9, 13))).toEqual(["works_for"]);
  });

  it("ignores organisations with no entries", () => {
    const pairs = conflictedPairs(judges, entries, [{ judgeId: 2, organisationId: 999, kind: "works_for", note: null }]);
    expect(pairs.size).toBe(3);
  });
});

describe("isConflicted and conflictKinds", () => {
  const declared: DeclaredConflict[] = [{ judgeId: 2, organisationId: 300, kind: "worked_for_last_3_years", note: null }];

  it("agrees with conflictedPairs on every pair", () => {
    const pairs = conflictedPairs(judges, entries, declared);
    for (const judge of judges) {
      for (const entry of entries) {
        expect(isConflicted(judge, entry, declared)).toBe(pairs.has(pairKey(judge.id, entry.id)));
        expect(conflictKinds(judge, entry, declared)).toEqual(pairs.get(pairKey(judge.id, entry.id)) ?? []);
      }
    }
  });

  it("does not treat a judge with no organisation as conflicted with everything", () => {
    expect(isConflicted({ id: 2, organisationId: null }, { id: 10, organisationId: 100 }, [])).toBe(false);
  });
});

describe("labels", () => {
  it("has plain English for every kind, and own_organisation is not declarable", () => {
    for (const kind of CONFLICT_KINDS) expect(CONFLICT_KIND_LABELS[kind].length).toBeGreaterThan(10);
    expect(DECLARABLE_CONFLICT_KINDS).not.toContain("own_organisation");
    expect(DECLARABLE_CONFLICT_KINDS).toHaveLength(CONFLICT_KINDS.length - 1);
  });
});

describe("validateConflictDeclaration", () => {
  it("accepts a complete declaration, trimming and parsing the form", () => {
    expect(validateConflictDeclaration({ organisationId: " 42 ", kind: "governs", note: "  Non-exec since 2021 " })).toEqual({
      ok: true,
      value: { organisationId: 42, kind: "governs", note: "Non-exec since 2021" },
    });
    expect(validateConflictDeclaration({ organisationId: 7, kind: "works_for", note: "   " })).toEqual({
      ok: true,
      value: { organisationId: 7, kind: "works_for", note: null },
    });
  });

  it("requires the organisation and the kind", () => {
    const result = validateConflictDeclaration({});
    expect(result).toEqual({
      ok: false,
      errors: { organisationId: "Select the organisation", kind: "Select the kind of conflict" },
    });
    for (const bad of ["", "abc", "0", "-3", "1.5", "01"]) {
      const r = validateConflictDeclaration({ organisationId: bad, kind: "works_for" });
      expect(r.ok, bad).toBe(false);
    }
    expect(validateConflictDeclaration({ organisationId: "1", kind: "friend" }).ok).toBe(false);
  });

  it("refuses own_organisation, which comes from the profile", () => {
    const result = validateConflictDeclaration({ organisationId: "1", kind: "own_organisation" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.kind).toMatch(/added automatically/);
  });

  it("requires a note for a personal connection only", () => {
    const result = validateConflictDeclaration({ organisationId: "1", kind: "personal_connection", note: " " });
    expect(result).toEqual({ ok: false, errors: { note: "Describe the personal connection" } });
    expect(validateConflictDeclaration({ organisationId: "1", kind: "personal_connection", note: "Partner works there" }).ok).toBe(true);
    expect(validateConflictDeclaration({ organisationId: "1", kind: "union_role" }).ok).toBe(true);
  });

  it("limits the note to 500 characters, counting characters not UTF-16 units", () => {
    expect(validateConflictDeclaration({ organisationId: "1", kind: "governs", note: "a".repeat(MAX_CONFLICT_NOTE_LENGTH) }).ok).toBe(true);
    expect(validateConflictDeclaration({ organisationId: "1", kind: "governs", note: "é".repeat(MAX_CONFLICT_NOTE_LENGTH) }).ok).toBe(true);
    expect(validateConflictDeclaration({ organisationId: "1", kind: "governs", note: "🙂".repeat(MAX_CONFLICT_NOTE_LENGTH) }).ok).toBe(true);
    const long = validateConflictDeclaration({ organisationId: "1", kind: "governs", note: "a".repeat(MAX_CONFLICT_NOTE_LENGTH + 1) });
    expect(long).toEqual({ ok: false, errors: { note: "Note must be 500 characters or fewer" } });
  });
});

describe("a conflict declared after assignment (decision 016)", () => {
  it("acts at once before any entry is assigned, and goes to the secretariat once one has been", () => {
    expect(conflictTiming(0)).toBe("before_assignment");
    expect(conflictTiming(1)).toBe("after_assignment");
    expect(conflictTiming(30)).toBe("after_assignment");
  });

  it("retires only the judge's live first-round assignments to that organisation's entries", () => {
    const assignments = [
      { id: 1, judgeId: 7, organisationId: 100, round: "first" as const, status: "live" },
      { id: 2, judgeId: 7, organisationId: 100, round: "first" as const, status: "recused" },
      { id: 3, judgeId: 7, organisationId: 100, round: "final" as const, status: "live" },
      { id: 4, judgeId: 7, organisationId: 200, round: "first" as const, status: "live" },
      { id: 5, judgeId: 8, organisationId: 100, round: "first" as const, status: "live" },
      { id: 6, judgeId: 7, organisationId: 100, round: "first" as const, status: "retired" },
      { id: 7, judgeId: 7, organisationId: 100, round: "first" as const, status: "live" },
    ];
    expect(assignmentsToRetire({ judgeId: 7, organisationId: 100 }, assignments)).toEqual([1, 7]);
    expect(assignmentsToRetire({ judgeId: 7, organisationId: 300 }, assignments)).toEqual([]);
  });

  it("keeps a retired assignment in the judge's view but counts it nowhere", () => {
    expect(JUDGE_VISIBLE_ASSIGNMENT_STATUSES).toEqual(["live", "retired"]);
    expect(COUNTED_ASSIGNMENT_STATUSES).toEqual(["live"]);
  });
});
