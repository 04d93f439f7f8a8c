// The national register of organisations, as pure rules: reading NHS England's ODS file of trusts
// (etr.csv), writing its upper-case names in careful title case, and matching a search against the
// names an organisation is known by. No I/O: the seed and the search model call these.
import type { OrganisationType } from "./vocabulary";

export const ETR_SOURCE = "NHS England Organisation Data Service, etr.csv (Open Government Licence v3.0)";
export const OGL_ATTRIBUTION =
  "Contains public sector information licensed under the Open Government Licence v3.0 (source: NHS England Organisation Data Service).";

export const NATIONS = ["England", "Scotland", "Wales", "Northern Ireland", "United Kingdom"] as const;
export type Nation = (typeof NATIONS)[number];

/** What kind of body an entry in the register is. */
export const REGISTER_KINDS = [
  "nhs_trust",
  "health_board",
  "special_health_board",
  "hsc_trust",
  "integrated_care_board",
  "national_body",
  "trade_union",
  "other",
] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

export const REGISTER_KIND_LABELS: Record<RegisterKind, string> = {
  nhs_trust: "NHS trust",
  health_board: "Health board",
  special_health_board: "National or special health board",
  hsc_trust: "Health and social care trust",
  integrated_care_board: "Integrated care board",
  national_body: "National body",
  trade_union: "Trade union",
  other: "Other",
};

/** NHS England's region codes, as in etr.csv's national grouping column. */
export const NHS_ENGLAND_REGIONS: Record<string, string> = {
  Y56: "London",
  Y58: "South West",
  Y59: "South East",
  Y60: "Midlands",
  Y61: "East of England",
  Y62: "North West",
  Y63: "North East and Yorkshire",
};

/** Parses CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ""));
}

// Words kept in capitals, as ODS and the bodies themselves write them.
const ACRONYMS = new Set(["NHS", "UK", "ICB", "HSC", "NI", "GP", "HQ", "CIC", "LLP", "BSO", "SPF", "HR", "FT"]);
// Small words written in lower case inside a name or place ("Isle of Wight", "Stoke-on-Trent").
const SMALL_WORDS = new Set(["and", "of", "on", "for", "the", "upon", "under", "in", "le", "super", "by", "at", "with", "to"]);

function capitalise(word: string): string {
  // Apostrophes stay where they are and the letter after one stays small: "Children's", "Thomas'".
  if (/^mc[a-z]{2,}/i.test(word)) return `Mc${capitalise(word.slice(2))}`;
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * Title case for ODS's upper-case names: "GUY'S AND ST THOMAS' NHS FOUNDATION TRUST" becomes
 * "Guy's and St Thomas' NHS Foundation Trust", "STOKE-ON-TRENT" "Stoke-on-Trent". The first word
 * is always capitalised; acronyms stay in capitals; text that is already mixed case is kept.
 */
export function titleCase(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, " ");
  if (trimmed !== trimmed.toUpperCase()) return trimmed;
  let first = true;
  return trimmed
    .split(" ")
    .map((word) => {
      const parts = word.split("-");
      const cased = parts.map((part, i) => {
        const bare = part.replace(/[^A-Za-z0-9'’&.]/g, "");
        const letters = bare.replace(/[^A-Za-z]/g, "");
        const isFirst = first && i === 0;
        let out: string;
        if (letters === "") out = part;
        else if (ACRONYMS.has(letters.toUpperCase()) && letters === bare.replace(/[.]/g, "")) out = part.toUpperCase();
        else if (!isFirst && SMALL_WORDS.has(part.toLowerCase()) && (parts.length > 1 || i === 0)) out = part.toLowerCase();
        else out = part.replace(/[A-Za-z][A-Za-z'’]*/, (w) => capitalise(w)).replace(/(\d)([A-Za-z]+)/, (_m, d: string, s: string) => d + s.toLowerCase());
        return out;
      });
      first = false;
      return cased.join("-");
    })
    .join(" ");
}

/** Type of organisation from its name, where the name makes it clear; "other" otherwise. */
export function organisationTypeFromName(name: string): OrganisationType {
  const n = name.toUpperCase();
  if (/\bAMBULANCE\b/.test(n)) return "ambulance";
  if (/\bINTEGRATED CARE BOARD\b/.test(n)) return "integrated_care_board";
  if (/\bMENTAL HEALTH\b|\bPSYCHIATRIC\b/.test(n)) return "mental_health";
  if (/\bCOMMUNITY\b/.test(n)) return "community";
  if (/\bHOSPITALS?\b|\bINFIRMARY\b/.test(n)) return "acute";
  return "other";
}

const STREET_ENDINGS =
  /\b(ROAD|STREET|LANE|WAY|AVENUE|DRIVE|CLOSE|TERRACE|GROVE|CRESCENT|BOULEVARD|WALK|ROW|HIGHWAY|GATE|GATEWAY|QUAY|RD|ST)\.?$/;
const NOT_A_SITE = /^(\d|UNIT\b|SUITE\b|ROOM\b|FLOOR\b|LEVEL\b|BLOCK\b|PO BOX\b)|\bFLOOR\b/;
// A line is a site only if it names a building; a bare locality ("WITHINGTON") is left out.
const BUILDING =
  /\b(HOSPITAL|HOS|INFIRMARY|HOUSE|CENTRE|CENTER|BUILDING|COURT|HALL|LODGE|HQ|HEADQUARTERS|CAMPUS|POINT|CHAMBERS|OFFICES|VILLA|HEALTH PARK|BUSINESS PARK|SCIENCE PARK|NHS FT|ROYAL|COLONNADES|WOODLANDS|DOCK)\b/;

/**
 * The headquarters site and town from an ODS address: the town is line 4 (or the last line that
 * has text), the site the first line before it that names a building rather than a street or a
 * floor ("ALDER HEY HOSPITAL", "COBBETT HOUSE"); a hospital wins over any other building.
 */
export function siteAndTown(lines: string[]): { site: string | null; town: string | null } {
  const clean = lines.map((l) => (l ?? "").trim());
  const townIndex = clean[3] ? 3 : clean[4] ? 4 : clean[2] ? 2 : -1;
  const town = townIndex >= 0 ? titleCase(clean[townIndex]) : null;
  const candidates = clean.slice(0, townIndex >= 0 ? Math.min(townIndex, 3) : 3).filter((l) => l && BUILDING.test(l) && !NOT_A_SITE.test(l) && !STREET_ENDINGS.test(l));
  const site = candidates.find((l) => /\bHOSPITAL\b|\bINFIRMARY\b/.test(l)) ?? candidates[0] ?? null;
  return { site: site ? titleCase(site) : null, town };
}

/** "20171001" as "2017-10-01"; null for an empty or malformed date. */
export function odsDate(text: string | undefined): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec((text ?? "").trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** One organisation of the register, as the seed writes it. */
export type RegisterEntry = {
  odsCode: string | null;
  name: string;
  shortName: string | null;
  kind: RegisterKind;
  type: OrganisationType;
  nation: Nation;
  region: string | null;
  icbCode: string | null;
  site: string | null;
  town: string | null;
  postcode: string | null;
  openedOn: string | null;
  closedOn: string | null;
  source: string;
  formerNames: string[];
  aliases: string[];
};

/** One row of etr.csv (columns as in its README) as a register entry; null for a row without a code or name. */
export function etrRowToEntry(row: string[]): RegisterEntry | null {
  const f = (i: number) => (row[i] ?? "").trim();
  if (!f(0) || !f(1)) return null;
  const name = titleCase(f(1));
  const wales = f(23) === "W";
  const { site, town } = siteAndTown([f(4), f(5), f(6), f(7), f(8)]);
  return {
    odsCode: f(0).toUpperCase(),
    name,
    shortName: null,
    kind: "nhs_trust",
    type: organisationTypeFromName(name),
    nation: wales ? "Wales" : "England",
    region: wales ? "Wales" : (NHS_ENGLAND_REGIONS[f(2)] ?? null),
    icbCode: f(3) || null,
    site,
    town,
    postcode: f(9) || null,
    openedOn: odsDate(f(10)),
    closedOn: odsDate(f(11)),
    source: ETR_SOURCE,
    formerNames: [],
    aliases: [],
  };
}

export function parseEtr(text: string): RegisterEntry[] {
  return parseCsv(text)
    .map(etrRowToEntry)
    .filter((e): e is RegisterEntry => e !== null);
}

/** Where and when an organisation of the register was: enough to tell a predecessor by the register alone. */
export type RegisterLifetime = { postcode: string | null; icbCode: string | null; openedOn: string | null; closedOn: string | null };

const postcodeKey = (p: string | null) => (p ?? "").replace(/\s+/g, "").toUpperCase();

/**
 * Whether the closed organisation `other` is a predecessor of `own` by what the register says of
 * both, when no successor is recorded (decision 035, session 9): it had the same headquarters
 * postcode (a trust renamed or merged on the same site), or it was of the same integrated care board
 * and closed while `own` was open (its services went to a neighbour, most often this one). Its names
 * are then hidden as a former name of `own`. A closed trust of another board stays a flag only.
 */
export function isRegisterPredecessor(own: RegisterLifetime, other: RegisterLifetime): boolean {
  if (!other.closedOn) return false;
  const postcode = postcodeKey(other.postcode);
  if (postcode && postcode === postcodeKey(own.postcode)) return true;
  if (!other.icbCode || other.icbCode !== own.icbCode) return false;
  return (!own.openedOn || other.closedOn >= own.openedOn) && (!own.closedOn || other.closedOn <= own.closedOn);
}

// ---- Searching --------------------------------------------------------------------------------

/** Lower case, accents folded, "&" as "and", apostrophes dropped, other punctuation as spaces. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export type Searchable = {
  id: number;
  name: string;
  shortName: string | null;
  odsCode: string | null;
  town: string | null;
  closedOn: string | null;
  otherNames: string[];
};

export const MAX_SEARCH_LENGTH = 100;
export const MAX_SEARCH_RESULTS = 20;

/**
 * How well one organisation matches a search, lower is better; null for no match. Every word of
 * the search must appear (as a word start) in one of its names, or the search run together must
 * appear in a name run together ("merseycare"); an exact ODS code comes first.
 */
export function matchRank(org: Searchable, query: string): number | null {
  const q = normaliseForSearch(query);
  if (!q) return null;
  if (org.odsCode && org.odsCode.toLowerCase() === q.replace(/ /g, "")) return 0;
  const names = [org.name, org.shortName, ...org.otherNames].filter((n): n is string => Boolean(n)).map(normaliseForSearch);
  const words = q.split(" ");
  const compact = q.replace(/ /g, "");
  let best: number | null = null;
  const consider = (rank: number) => {
    if (best === null || rank < best) best = rank;
  };
  for (const [i, n] of names.entries()) {
    const nameRank = i === 0 ? 0 : 1;
    if (n === q) consider(1 + nameRank);
    else if (n.startsWith(q)) consider(3 + nameRank);
    else if (words.every((w) => ` ${n}`.includes(` ${w}`))) consider(5 + nameRank);
    else if (compact.length >= 4 && n.replace(/ /g, "").includes(compact)) consider(7 + nameRank);
  }
  if (best === null && org.town && normaliseForSearch(org.town).startsWith(q)) consider(9);
  if (best === null && compact.length >= 2 && org.odsCode?.toLowerCase().startsWith(compact)) consider(9);
  return best;
}

/**
 * The best matches for a search, at most `limit`: by rank, then open before closed, then name.
 * Membership or entries play no part: everyone searching the register gets the same answer.
 */
export function searchOrganisations<T extends Searchable>(orgs: T[], query: string, limit = MAX_SEARCH_RESULTS): T[] {
  const q = query.slice(0, MAX_SEARCH_LENGTH);
  return orgs
    .map((org) => ({ org, rank: matchRank(org, q) }))
    .filter((m): m is { org: T; rank: number } => m.rank !== null)
    .sort((a, b) => a.rank - b.rank || Number(a.org.closedOn !== null) - Number(b.org.closedOn !== null) || a.org.name.localeCompare(b.org.name))
    .slice(0, limit)
    .map((m) => m.org);
}

/** "closed on 31 March 2020", for saying why a closed organisation cannot be chosen. */
export function closedPhrase(closedOn: string): string {
  const d = new Date(`${closedOn}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return "closed";
  return `closed on ${d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })}`;
}
