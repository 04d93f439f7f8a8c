// Pieces shared by the secretariat's judging screens: the breadcrumb, entry status tags, the
// original text with its redactions and flags marked, and the problems of the assignment rules
// in names and codes rather than database ids.
import type { ReactNode } from "react";
import { AdminBreadcrumb } from "~/components/admin";
import { Tag, type TagColour, WarningCallout } from "~/components/nhsuk";

export type JudgingEntryStatusValue = "needs_review" | "released" | "withheld";

export const ENTRY_STATUS: Record<JudgingEntryStatusValue, { label: string; colour: TagColour }> = {
  needs_review: { label: "Needs review", colour: "orange" },
  released: { label: "Released", colour: "green" },
  withheld: { label: "Withheld", colour: "grey" },
};

export function EntryStatusTag({ status }: { status: string }) {
  const s = ENTRY_STATUS[status as JudgingEntryStatusValue] ?? { label: status, colour: "grey" as const };
  return <Tag colour={s.colour}>{s.label}</Tag>;
}

export const REDACTION_KIND_LABELS = {
  organisation: "An organisation",
  person: "A person",
  place: "A place",
  contact: "Contact details",
  term: "Something else",
} as const;

/** What judges see in a redaction's place, and the same in words for a screen reader. */
const PLACEHOLDER_WORDS: Record<string, { visible: string; spoken: string }> = {
  organisation: { visible: "[organisation]", spoken: "an organisation" },
  person: { visible: "[person]", spoken: "a person" },
  place: { visible: "[place]", spoken: "a place" },
  contact: { visible: "[contact]", spoken: "contact details" },
  term: { visible: "[redacted]", spoken: "redacted text" },
};

/** Home > Admin > Award cycles > year > Judging > ...trail */
export function JudgingBreadcrumb({ cycleId, year, trail = [] }: { cycleId: number; year: number; trail?: { href: string; label: string }[] }) {
  return (
    <AdminBreadcrumb
      trail={[
        { href: "/admin/cycles", label: "Award cycles" },
        { href: `/admin/cycles/${cycleId}`, label: String(year) },
        ...trail,
      ]}
    />
  );
}

export type Segment = { text: string; kind?: string; source?: string; flag?: string };

/**
 * The original text, as React text (so any markup in it is shown as text), with each redaction in a
 * <mark> followed by its kind, and each flagged other organisation underlined with the reason. Neither
 * relies on colour alone: both carry words, visible or visually hidden.
 */
export function MarkedText({ segments }: { segments: Segment[] }) {
  if (segments.every((s) => !s.text.trim())) return <p className="nhsuk-hint">Not answered</p>;
  return (
    <p style={{ whiteSpace: "pre-line" }}>
      {segments.map((s, i) => {
        if (s.kind) {
          const words = PLACEHOLDER_WORDS[s.kind] ?? { visible: `[${s.kind}]`, spoken: s.kind };
          return (
            <mark key={i} className="judging-redacted" style={{ outline: "1px solid #425563", padding: "0 2px" }}>
              {s.text}
              <span className="nhsuk-u-visually-hidden"> (hidden as {words.spoken})</span>
              <span aria-hidden="true" className="nhsuk-u-font-size-16" style={{ fontWeight: 600, marginLeft: "0.25em" }}>
                {words.visible}
              </span>
            </mark>
          );
        }
        if (s.flag) {
          return (
            <span key={i} className="judging-flagged" style={{ textDecoration: "underline wavy #d5281b", textUnderlineOffset: "3px" }}>
              {s.text}
              <span className="nhsuk-u-font-size-16" style={{ fontStyle: "italic", marginLeft: "0.25em" }}>
                (flag: another NHS organisation, {s.flag})
              </span>
            </span>
          );
        }
        return <span key={i}>{s.text}</span>;
      })}
    </p>
  );
}

export function JudgesCopy({ text }: { text: string }) {
  if (!text.trim()) return <p className="nhsuk-hint">Not answered</p>;
  return <p style={{ whiteSpace: "pre-line" }}>{text}</p>;
}

export function Warning({ title, children }: { title: string; children: ReactNode }) {
  return (
    <WarningCallout heading={title} level={3}>
      {children}
    </WarningCallout>
  );
}
