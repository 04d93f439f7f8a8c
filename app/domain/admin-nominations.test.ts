import { describe, expect, it } from "vitest";
import { adminNominationStatus, applyView, type AdminNominationRow } from "./admin-nominations";

const DEADLINE = "2031-05-13T16:00:00.000Z";
const submitted = { status: "submitted" as const, submitted_hash: "h2" };
const e = (id: number, side: "employer" | "staff_side", status: string, content_hash = "h2", responded_at: string | null = "2031-05-01T10:00:00.000Z") => ({
  id,
  side,
  status,
  content_hash,
  responded_at: status === "pending" ? null : responded_at,
});

describe("a nomination's status for the secretariat", () => {
  it("is complete when both sides endorsed the text as submitted before the deadline, one of them by an admin", () => {
    expect(adminNominationStatus(submitted, [e(1, "employer", "confirmed"), e(2, "staff_side", "accepted_by_admin")], DEADLINE)).toEqual({
      status: "complete",
      employer: "confirmed",
      staffSide: "accepted_by_admin",
    });
  });

  it("is awaiting endorsement when a side is pending, declined, or endorsed only an earlier text", () => {
    expect(adminNominationStatus(submitted, [e(1, "employer", "confirmed"), e(2, "staff_side", "pending")], DEADLINE).status).toBe("awaiting_endorsement");
    expect(adminNominationStatus(submitted, [e(1, "employer", "confirmed"), e(2, "staff_side", "declined")], DEADLINE).status).toBe("awaiting_endorsement");
    const stale = adminNominationStatus(submitted, [e(1, "employer", "confirmed"), e(2, "staff_side", "confirmed", "h1"), e(3, "staff_side", "pending")], DEADLINE);
    expect(stale).toEqual({ status: "awaiting_endorsement", employer: "confirmed", staffSide: "pending" });
  });

  it("does not count an endorsement given after the deadline", () => {
    const late = [e(1, "employer", "confirmed"), e(2, "staff_side", "confirmed", "h2", "2031-05-13T16:00:00.000Z")];
    expect(adminNominationStatus(submitted, late, DEADLINE).status).toBe("awaiting_endorsement");
  });

  it("is plain submitted with no endorsement asked for, and draft or withdrawn whatever the endorsements", () => {
    expect(adminNominationStatus(submitted, [], DEADLINE).status).toBe("submitted");
    expect(adminNominationStatus({ status: "withdrawn", submitted_hash: "h2" }, [e(1, "employer", "confirmed"), e(2, "staff_side", "confirmed")], DEADLINE).status).toBe("withdrawn");
    expect(adminNominationStatus({ status: "draft", submitted_hash: null }, [], DEADLINE).status).toBe("draft");
  });
});

describe("the nominations table's view", () => {
  const row = (id: number, organisation: string, title: string, status: AdminNominationRow["status"], updatedAt: string): AdminNominationRow => ({
    id,
    reference: `HPMA-2031-${String(id).padStart(4, "0")}`,
    organisation,
    title,
    status,
    employer: "none",
    staffSide: "none",
    updatedAt,
    updatedLabel: updatedAt,
  });
  const rows = [
    row(1, "eastbrook Trust", "Rotas", "complete", "2031-04-01T00:00:00Z"),
    row(2, "Aldermoor Trust", "Wellbeing hubs", "draft", "2031-04-03T00:00:00Z"),
    row(3, "Fellside ICB", "Rota fairness", "awaiting_endorsement", "2031-04-02T00:00:00Z"),
  ];

  it("sorts by organisation ignoring case, either way", () => {
    expect(applyView(rows, { sort: "organisation", direction: "asc", q: "", status: "" }).map((r) => r.id)).toEqual([2, 1, 3]);
    expect(applyView(rows, { sort: "organisation", direction: "desc", q: "", status: "" }).map((r) => r.id)).toEqual([3, 1, 2]);
  });

  it("sorts by the status's place in the journey and by last change", () => {
    expect(applyView(rows, { sort: "status", direction: "asc", q: "", status: "" }).map((r) => r.id)).toEqual([2, 3, 1]);
    expect(applyView(rows, { sort: "updatedAt", direction: "desc", q: "", status: "" }).map((r) => r.id)).toEqual([2, 3, 1]);
  });

  it("filters by text in the organisation, reference or title, and by status", () => {
    expect(applyView(rows, { sort: "organisation", direction: "asc", q: "  ROTA ", status: "" }).map((r) => r.id)).toEqual([1, 3]);
    expect(applyView(rows, { sort: "organisation", direction: "asc", q: "0002", status: "" }).map((r) => r.id)).toEqual([2]);
    expect(applyView(rows, { sort: "organisation", direction: "asc", q: "rota", status: "complete" }).map((r) => r.id)).toEqual([1]);
  });
});
