// Conflicts of interest: which (judge, entry) pairs must never be assigned, shown or scored, and the
// checks on a judge's declaration form. Pure: the caller loads judges, entries and declarations.

export const CONFLICT_KINDS = [
  "works_for",
  "worked_for_last_3_years",
  "governs",
  "union_role",
  "personal_connection",
  "own_organisation",
] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

/** The kinds a judge may declare; own_organisation comes from the judge's profile, never the form. */
export const DECLARABLE_CONFLICT_KINDS = CONFLICT_KINDS.filter(
  (kind): kind is Exclude<ConflictKind, "own_organisation"> => kind !== "own_organisation",
);
export type DeclarableConflictKind = (typeof DECLARABLE_CONFLICT_KINDS)[number];

export const CONFLICT_KIND_LABELS: Record<ConflictKind, string> = {
  works_for: "I work for this organisation",
  worked_for_last_3_years: "I have worked for this organisation in the last 3 years",
  governs: "I am on the board, a governor or a non-executive director of this organisation",
  union_role: "I hold a trade union role that covers this organisation",
  personal_connection: "I have a close personal connection with someone at this organisation",
  own_organisation: "This is the organisation on my judge profile (added automatically)",
};

export const MAX_CONFLICT_NOTE_LENGTH = 500;

export type DeclaredConflict = { judgeId: number; organisationId: number; kind: ConflictKind; note: string | null };
export type JudgeForConflicts = { id: number; organisationId: number | null };
export type EntryForConflicts = { id: number; organisationId: number };

/** The key used for (judge, entry) pairs everywhere: conflicts, exclusions, assignments. */
export function pairKey(judgeId: number, entryId: number): string {
  return `${judgeId}:${entryId}`;
}

/**
 * Every (judge, entry) pair that must never be assigned/shown/scored, with why.
 * Declarations for judges missing from `judges` still count: a stale or partial judge list must
 * never be the reason a conflicted judge sees an entry.
 */
export function conflictedPairs(
  judges: JudgeForConflicts[],
  entries: EntryForConflicts[],
  declared: DeclaredConflict[],
): Map<string, ConflictKind[]> {
  const entriesByOrganisation = new Map<number, number[]>();
  for (const entry of entries) {
    const list = entriesByOrganisation.get(entry.organisationId);
    if (list) list.push(entry.id);
    else entriesByOrganisation.set(entry.organisationId, [entry.id]);
  }
  const pairs = new Map<string, ConflictKind[]>();
  const add = (judgeId: number, organisationId: number, kind: ConflictKind) => {
    for (const entryId of entriesByOrganisation.get(organisationId) ?? []) {
      const key = pairKey(judgeId, entryId);
      const kinds = pairs.get(key);
      if (!kinds) pairs.set(key, [kind]);
      else if (!kinds.includes(kind)) kinds.push(kind);
    }
  };
  for (const judge of judges) {
    if (judge.organisationId != null) add(judge.id, judge.organisationId, "own_organisation");
  }
  for (const conflict of declared) add(conflict.judgeId, conflict.organisationId, conflict.kind);
  return pairs;
}

/** Why this judge must not see this entry; empty when there is no conflict. */
export function conflictKinds(
  judge: JudgeForConflicts,
  entry: EntryForConflicts,
  declared: DeclaredConflict[],
): ConflictKind[] {
  const kinds: ConflictKind[] = [];
  if (judge.organisationId != null && judge.organisationId === entry.organisationId) kinds.push("own_organisation");
  for (const conflict of declared) {
    if (conflict.judgeId === judge.id && conflict.organisationId === entry.organisationId && !kinds.includes(conflict.kind)) {
      kinds.push(conflict.kind);
    }
  }
  return kinds;
}

/** Single check, e.g. before showing one entry to one judge. */
export function isConflicted(judge: JudgeForConflicts, entry: EntryForConflicts, declared: DeclaredConflict[]): boolean {
  return conflictKinds(judge, entry, declared).length > 0;
}

export type ConflictDeclarationForm = { organisationId?: unknown; kind?: unknown; note?: unknown };
export type ConflictDeclaration = { organisationId: number; kind: DeclarableConflictKind; note: string | null };
export type ConflictDeclarationField = "organisationId" | "kind" | "note";

/** Checks a judge's declaration form (the judge comes from the session, not the form). */
export function validateConflictDeclaration(
  form: ConflictDeclarationForm,
):
  | { ok: true; value: ConflictDeclaration }
  | { ok: false; errors: Partial<Record<ConflictDeclarationField, string>> } {
  const errors: Partial<Record<ConflictDeclarationField, string>> = {};

  const rawOrganisation = typeof form.organisationId === "number" ? String(form.organisationId) : form.organisationId;
  const organisationText = typeof rawOrganisation === "string" ? rawOrganisation.trim() : "";
  const organisationId = /^[1-9]\d{0,14}$/.test(organisationText) ? Number(organisationText) : null;
  if (organisationId === null) errors.organisationId = "Select the organisation";

  const kindText = typeof form.kind === "string" ? form.kind.trim() : "";
  const kind = (DECLARABLE_CONFLICT_KINDS as readonly string[]).includes(kindText)
    ? (kindText as DeclarableConflictKind)
    : null;
  if (kindText === "own_organisation") {
    // Stops a form from smuggling in the automatic kind, which the profile owns.
    errors.kind = "Your own organisation is added automatically. Select another kind of conflict";
  } else if (kind === null) {
    errors.kind = "Select the kind of conflict";
  }

  const noteText = typeof form.note === "string" ? form.note.trim() : "";
  const note = noteText === "" ? null : noteText;
  if (note !== null && [...note].length > MAX_CONFLICT_NOTE_LENGTH) {
    errors.note = `Note must be ${MAX_CONFLICT_NOTE_LENGTH} characters or fewer`;
  } else if (note === null && kind === "personal_connection") {
    // A personal connection names no role, so the note is the only record of what it is.
    errors.note = "Describe the personal connection";
  }

  if (organisationId === null || kind === null || errors.note) return { ok: false, errors };
  return { ok: true, value: { organisationId, kind, note } };
}

// ---------------------------------------------------------------------------------------------
// Conflicts declared after assignment (decision 016). What a judge can see must never depend on which
// organisation they name, so a declaration made once entries are assigned changes nothing the judge
// sees: their assignments to that organisation's entries are retired (still listed, still scoreable,
// counted nowhere) and the secretariat is told. Before assignment it acts at once, which is safe
// because the judge holds nothing yet.

/** Whether a declaration (or its withdrawal) acts at once or goes to the secretariat. */
export type ConflictTiming = "before_assignment" | "after_assignment";

/** A cycle's entries count as assigned from the first first-round assignment made, whatever became of it. */
export function conflictTiming(firstRoundAssignmentsMade: number): ConflictTiming {
  return firstRoundAssignmentsMade > 0 ? "after_assignment" : "before_assignment";
}

/** Assignments a judge sees in their list and may open and score: live ones, and retired ones. */
export const JUDGE_VISIBLE_ASSIGNMENT_STATUSES = ["live", "retired"] as const;
/** Assignments that count: on an entry's judges, in loads, progress and results. */
export const COUNTED_ASSIGNMENT_STATUSES = ["live"] as const;

export type AssignmentForRetirement = { id: number; judgeId: number; organisationId: number; round: "first" | "final"; status: string };

/**
 * The assignments a conflict declared after assignment retires: the judge's live first-round
 * assignments to the organisation's entries. (The final round is judged unblinded, by name.)
 */
export function assignmentsToRetire(declaration: { judgeId: number; organisationId: number }, assignments: AssignmentForRetirement[]): number[] {
  return assignments
    .filter((a) => a.judgeId === declaration.judgeId && a.organisationId === declaration.organisationId && a.round === "first" && a.status === "live")
    .map((a) => a.id);
}
