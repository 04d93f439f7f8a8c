// The redaction corpus's markup: entries are written with every identifying mention (and every decoy
// that must stay) marked inline as [[kind:text]]; stripping the marks gives the entry's text and the
// character span of each mark, so annotations can never drift from the text they annotate.

export const MENTION_KINDS = ["full", "short", "acronym", "former", "branch", "site", "person", "unlisted", "contact", "handle", "place", "partner"] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];
export type MarkKind = MentionKind | "decoy";
export const MARK_KINDS: readonly MarkKind[] = [...MENTION_KINDS, "decoy"];

/**
 * Strong identifiers name the organisation on their own: its names, sites, people, contacts, handles.
 * "person" is someone the nomination names (a lead, member or endorser), in any form; "unlisted" is
 * someone named in the text only.
 */
export const STRONG_KINDS: ReadonlySet<MentionKind> = new Set(["full", "short", "acronym", "former", "branch", "site", "person", "unlisted", "contact", "handle"]);

export const KIND_LABELS: Record<MarkKind, string> = {
  full: "full name",
  short: "short form",
  acronym: "acronym",
  former: "former or merged name",
  branch: "union branch name",
  site: "site (hospital, unit)",
  person: "person on record",
  unlisted: "person not on record",
  contact: "contact (e-mail, web, phone, postcode)",
  handle: "handle or hashtag",
  place: "local place",
  partner: "partner body",
  decoy: "decoy (must stay)",
};

export type Annotation = { start: number; end: number; kind: MarkKind; text: string };

const MARK = /\[\[([a-z]+):([^\]]+)\]\]/g;

/** The plain text and the annotations of a marked-up text; throws on an unknown kind. */
export function stripMarkup(marked: string): { text: string; annotations: Annotation[] } {
  let text = "";
  let last = 0;
  const annotations: Annotation[] = [];
  for (const m of marked.matchAll(MARK)) {
    const kind = m[1] as MarkKind;
    if (!MARK_KINDS.includes(kind)) throw new Error(`unknown mark kind "${m[1]}" in [[${m[1]}:${m[2]}]]`);
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[2];
    annotations.push({ start, end: text.length, kind, text: m[2] });
    last = m.index! + m[0].length;
  }
  text += marked.slice(last);
  if (text.includes("[[") || text.includes("]]")) throw new Error(`unbalanced mark near "${text.slice(text.indexOf("[["), text.indexOf("[[") + 40)}"`);
  return { text, annotations };
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
