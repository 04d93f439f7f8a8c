// The personal details in a case study before it is published, and whether each may be: found with
// the judges' redaction detectors (compilePersonalDetailFinder), each one kept only when the person it
// belongs to agreed on their endorsement page or the secretariat decided to keep it. Everything else
// is "undecided", and is never published: the secretariat removes it, or the scheduled publication
// replaces it with REMOVED (decision 020).
import type { ArchiveEntryFields } from "./archive";
import { CASE_STUDY_SECTIONS } from "./archive";
import { compilePersonalDetailFinder, type PersonalDetail } from "./redaction";
import type { EndorsementSide, PersonalDetailKind } from "./vocabulary";

export const REMOVED = "[removed]";

/** A nomination's lead as publication needs them: the names they go by and what they agreed to. */
export type LeadConsent = { side: EndorsementSide; names: string[]; email: string | null; agreedName: boolean; agreedEmail: boolean };

export type DetailStatus = "agreed" | "kept" | "undecided";

export type CaseStudyDetail = {
  kind: PersonalDetailKind;
  /** The detail as one decision knows it: lower case, single spaces. */
  value: string;
  /** As first written in the case study. */
  shown: string;
  /** Headings of the parts of the case study it appears in. */
  where: string[];
  /** The lead it belongs to, when it is one of theirs. */
  lead: EndorsementSide | null;
  status: DetailStatus;
};

export const DETAIL_KIND_LABELS: Record<PersonalDetailKind, string> = {
  name: "Name of a person",
  email: "Email address",
  phone: "Phone number",
  postcode: "Postcode",
};

/** The free-text parts of a case study that are published, with the heading the secretariat knows them by. */
const TEXT_FIELDS: { key: keyof ArchiveEntryFields; heading: string }[] = [
  { key: "title", heading: "Initiative" },
  { key: "summary", heading: "Summary" },
  ...CASE_STUDY_SECTIONS.map((s) => ({ key: s.key, heading: s.heading })),
  { key: "source_note", heading: "Source" },
];

export function detailValue(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

export type DetailContext = { leads: LeadConsent[]; otherPeople: string[]; kept: { kind: PersonalDetailKind; value: string }[] };

function finderFor(context: DetailContext): (text: string) => PersonalDetail[] {
  return compilePersonalDetailFinder([...context.leads.flatMap((l) => l.names), ...context.otherPeople]);
}

function ownerOf(detail: PersonalDetail, leads: LeadConsent[]): LeadConsent | null {
  if (detail.kind === "name" && detail.person) {
    const person = detailValue(detail.person);
    return leads.find((l) => l.names.some((n) => detailValue(n) === person)) ?? null;
  }
  if (detail.kind === "email") return leads.find((l) => l.email && detailValue(l.email) === detailValue(detail.matched)) ?? null;
  return null;
}

/** Every personal detail in the case study, once each, in the order first met, with its status. */
export function caseStudyDetails(fields: ArchiveEntryFields, context: DetailContext): CaseStudyDetail[] {
  const find = finderFor(context);
  const kept = new Set(context.kept.map((k) => `${k.kind}:${k.value}`));
  const byKey = new Map<string, CaseStudyDetail>();
  for (const field of TEXT_FIELDS) {
    const text = fields[field.key];
    if (typeof text !== "string" || !text) continue;
    for (const d of find(text)) {
      const value = detailValue(d.matched);
      const key = `${d.kind}:${value}`;
      const seen = byKey.get(key);
      if (seen) {
        if (!seen.where.includes(field.heading)) seen.where.push(field.heading);
        continue;
      }
      const owner = ownerOf(d, context.leads);
      const agreed = !!owner && (d.kind === "name" ? owner.agreedName : owner.agreedEmail);
      byKey.set(key, { kind: d.kind, value, shown: d.matched, where: [field.heading], lead: owner?.side ?? null, status: agreed ? "agreed" : kept.has(key) ? "kept" : "undecided" });
    }
  }
  return [...byKey.values()];
}

/** The case study with every occurrence of the chosen details replaced by REMOVED. */
export function removeDetails(fields: ArchiveEntryFields, context: DetailContext, remove: (detail: { kind: PersonalDetailKind; value: string }) => boolean): ArchiveEntryFields {
  const find = finderFor(context);
  const next: ArchiveEntryFields = { ...fields };
  for (const field of TEXT_FIELDS) {
    const text = fields[field.key];
    if (typeof text !== "string" || !text) continue;
    let out = "";
    let at = 0;
    for (const d of find(text)) {
      if (!remove({ kind: d.kind, value: detailValue(d.matched) })) continue;
      out += text.slice(at, d.start) + REMOVED;
      at = d.end;
    }
    (next as Record<string, unknown>)[field.key] = out + text.slice(at);
  }
  return next;
}

/** The case study as it may be published: every undecided detail removed. */
export function withoutUndecided(fields: ArchiveEntryFields, context: DetailContext): { fields: ArchiveEntryFields; removed: CaseStudyDetail[] } {
  const undecided = caseStudyDetails(fields, context).filter((d) => d.status === "undecided");
  if (undecided.length === 0) return { fields, removed: [] };
  const keys = new Set(undecided.map((d) => `${d.kind}:${d.value}`));
  return { fields: removeDetails(fields, context, (d) => keys.has(`${d.kind}:${d.value}`)), removed: undecided };
}
