// The secretariat's nominations table as pure logic: a nomination's status with its endorsements
// (awaiting endorsement, complete), and the table's sorting and filtering, which the server does
// for a page without JavaScript and the browser does again as the admin clicks.

export type AdminNominationStatus = "draft" | "submitted" | "awaiting_endorsement" | "complete" | "withdrawn";

export const ADMIN_NOMINATION_STATUSES: readonly AdminNominationStatus[] = ["draft", "submitted", "awaiting_endorsement", "complete", "withdrawn"];

export const ADMIN_NOMINATION_STATUS_LABELS: Record<AdminNominationStatus, string> = {
  draft: "Draft",
  submitted: "Submitted",
  awaiting_endorsement: "Awaiting endorsement",
  complete: "Complete",
  withdrawn: "Withdrawn",
};

/** One side's endorsement as the table shows it: none asked for yet, or the current one's state. */
export type EndorsementState = "none" | "pending" | "confirmed" | "declined" | "accepted_by_admin";

export const ENDORSEMENT_STATE_LABELS: Record<EndorsementState, string> = {
  none: "Not requested",
  pending: "Pending",
  confirmed: "Confirmed",
  declined: "Declined",
  accepted_by_admin: "Accepted by admin",
};

/** Endorsed: confirmed by the lead, or accepted by an admin on other evidence. */
export const isEndorsed = (status: string): boolean => status === "confirmed" || status === "accepted_by_admin";

type Side = "employer" | "staff_side";
type EndorsementForStatus = { id: number; side: Side; status: string; content_hash: string; responded_at: string | null };

/** The endorsement of one side that counts: the newest for the text as submitted, not superseded. */
export function currentEndorsement<E extends EndorsementForStatus>(endorsements: readonly E[], side: Side, submittedHash: string | null): E | undefined {
  return endorsements
    .filter((e) => e.side === side && e.status !== "superseded" && submittedHash !== null && e.content_hash === submittedHash)
    .sort((a, b) => b.id - a.id)[0];
}

/**
 * A nomination's status for the secretariat. A submitted nomination is complete when both sides
 * have endorsed the text as submitted (confirmed, or accepted by an admin on other evidence) before
 * the organisation's deadline, as app/models/endorsements.server.ts counts it; awaiting endorsement
 * while either has not; with no endorsement asked for yet it is just submitted.
 */
export function adminNominationStatus(
  nomination: { status: "draft" | "submitted" | "withdrawn"; submitted_hash: string | null },
  endorsements: readonly EndorsementForStatus[],
  deadline: string | null,
): { status: AdminNominationStatus; employer: EndorsementState; staffSide: EndorsementState } {
  const employerRow = currentEndorsement(endorsements, "employer", nomination.submitted_hash);
  const staffRow = currentEndorsement(endorsements, "staff_side", nomination.submitted_hash);
  const employer = (employerRow?.status as EndorsementState | undefined) ?? "none";
  const staffSide = (staffRow?.status as EndorsementState | undefined) ?? "none";
  if (nomination.status !== "submitted") return { status: nomination.status, employer, staffSide };
  const inTime = (e: EndorsementForStatus | undefined) => !!e && isEndorsed(e.status) && !!e.responded_at && (deadline === null || e.responded_at < deadline);
  if (inTime(employerRow) && inTime(staffRow)) return { status: "complete", employer, staffSide };
  if (employer === "none" && staffSide === "none") return { status: "submitted", employer, staffSide };
  return { status: "awaiting_endorsement", employer, staffSide };
}

export type AdminNominationRow = {
  id: number;
  reference: string;
  title: string;
  organisation: string;
  status: AdminNominationStatus;
  employer: EndorsementState;
  staffSide: EndorsementState;
  /** ISO-8601 UTC, for sorting; updatedLabel is what people read, in UK time. */
  updatedAt: string;
  updatedLabel: string;
};

// Sorting and filtering ---------------------------------------------------------------------------

export const SORTABLE_COLUMNS = ["organisation", "reference", "title", "status", "updatedAt"] as const;
export type SortColumn = (typeof SORTABLE_COLUMNS)[number];
export type SortDirection = "asc" | "desc";
export type TableView = { sort: SortColumn; direction: SortDirection; q: string; status: AdminNominationStatus | "" };

export const DEFAULT_VIEW: TableView = { sort: "updatedAt", direction: "desc", q: "", status: "" };

const compareText = new Intl.Collator("en-GB", { sensitivity: "base", numeric: true }).compare;

export function compareRows(a: AdminNominationRow, b: AdminNominationRow, column: SortColumn): number {
  if (column === "status") return ADMIN_NOMINATION_STATUSES.indexOf(a.status) - ADMIN_NOMINATION_STATUSES.indexOf(b.status);
  if (column === "updatedAt") return a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0;
  return compareText(a[column], b[column]);
}

/** Whether a row matches the text filter: organisation, reference or title contains it, ignoring case. */
export function matchesText(row: Pick<AdminNominationRow, "organisation" | "reference" | "title">, q: string): boolean {
  const term = q.trim().toLocaleLowerCase("en-GB");
  if (!term) return true;
  return [row.organisation, row.reference, row.title].some((v) => v.toLocaleLowerCase("en-GB").includes(term));
}

/** The rows the view shows, in its order; ties keep the order they came in. */
export function applyView(rows: readonly AdminNominationRow[], view: TableView): AdminNominationRow[] {
  const sign = view.direction === "asc" ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => (!view.status || row.status === view.status) && matchesText(row, view.q))
    .sort((a, b) => sign * compareRows(a.row, b.row, view.sort) || a.i - b.i)
    .map(({ row }) => row);
}
