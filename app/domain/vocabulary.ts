// The award's own words: roles, judges' and leads' sides, cycle stages, results, organisation types,
// and the statuses things pass through, with the labels people read. The one home of these lists:
// db/schema.ts takes its column types from here, and the rest of app/ imports them from here.

/** The service's name, as its pages and e-mails give it. */
export const SERVICE_NAME = "HPMA Partnership Award";

export const ROLES = ["entrant", "judge", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  entrant: "Entrant",
  judge: "Judge",
  admin: "Admin (SPF secretariat)",
};

/** The side a judge sits for on the panel. */
export const JUDGE_SIDES = ["employer", "staff_side", "national_body"] as const;
export type JudgeSide = (typeof JUDGE_SIDES)[number];

export const JUDGE_SIDE_LABELS = {
  employer: "Employer side",
  staff_side: "Staff side (trade union)",
  national_body: "National body",
} as const;

/** A judge's side in words; a value that is not a side (stored text) is shown as it is. */
export function judgeSideLabel(side: string): string {
  return JUDGE_SIDE_LABELS[side as keyof typeof JUDGE_SIDE_LABELS] ?? side;
}

/** The two leads who endorse a nomination: the employer's and the staff side's. */
export type EndorsementSide = "employer" | "staff_side";

/** Each lead as an entrant, a lead and the nomination's copies name them. */
export const ENDORSEMENT_SIDE_LABELS: Record<EndorsementSide, string> = {
  employer: "Employer lead",
  staff_side: "Staff-side lead",
};
export type EndorsementStatus = "pending" | "confirmed" | "declined" | "accepted_by_admin" | "superseded";

export const ORGANISATION_TYPES = [
  "acute",
  "mental_health",
  "community",
  "ambulance",
  "integrated_care_board",
  "other",
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const ORGANISATION_TYPE_LABELS = {
  acute: "Acute trust",
  mental_health: "Mental health trust",
  community: "Community trust",
  ambulance: "Ambulance service",
  integrated_care_board: "Integrated care board",
  other: "Other",
} as const;

export const ALIAS_KINDS = ["alias", "former_name"] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

export const MEMBERSHIP_STATUSES = ["pending", "approved", "declined", "removed"] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** An award cycle's stages, in order (what each allows is in stages.ts). */
export const STAGES = ["draft", "open", "closed", "judging", "shortlisting", "final", "announced", "archived"] as const;
export type Stage = (typeof STAGES)[number];
export type CycleStage = Stage;

export const STAGE_LABELS: Record<Stage, string> = {
  draft: "Draft",
  open: "Open for nominations",
  closed: "Nominations closed",
  judging: "Judging",
  shortlisting: "Shortlisting",
  final: "Final round",
  announced: "Announced",
  archived: "Archived",
};

export type NominationStatus = "draft" | "submitted" | "withdrawn";

/** An entry's result, in the archive and in a cycle's final decisions. */
export const ARCHIVE_RESULTS = ["winner", "highly_commended", "finalist"] as const;
export type ArchiveResult = (typeof ARCHIVE_RESULTS)[number];
export type AwardDecisionResult = ArchiveResult;

export const RESULT_LABELS: Record<ArchiveResult, string> = {
  winner: "Winner",
  highly_commended: "Highly commended",
  finalist: "Finalist",
};

export type JudgingRound = "first" | "final";
export type JudgingEntryStatus = "needs_review" | "released" | "withheld";
export type AssignmentStatus = "live" | "retired" | "recused" | "moved" | "removed";
export type AssignmentSource = "auto" | "manual" | "replacement" | "late" | "second_look";
export type ScoreSheetStatus = "draft" | "submitted";
export type RedactionTermKind = "organisation" | "person" | "place" | "contact" | "term";
/** The secretariat's decision on a flag in an entry: hide the phrase from judges, or keep it. */
export type FlagDecision = "hide" | "keep";
export type PersonalDetailKind = "name" | "email" | "phone" | "postcode";
export type MailStatus = "queued" | "sending" | "sent" | "failed";
