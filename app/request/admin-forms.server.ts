// The zod schemas of the secretariat's forms, with messages in the NHS style.
// They live in a .server module, not in the routes, because the field helpers in fields.server.ts
// exist only on the server: a schema built at the top of a route module also runs in the browser
// bundle, where those helpers are empty and the page fails to hydrate.
import { z } from "zod";
import { ARCHIVE_RESULTS, JUDGE_SIDES, ORGANISATION_TYPES, ROLES } from "../../db/schema";
import { CASE_STUDY_SECTIONS, FIRST_AWARD_YEAR, type ArchiveEntryFields, type CaseStudySectionKey } from "~/domain/archive";
import {
  dateFromParts,
  hasSource,
  isArchiveYear,
  isSourceLink,
  LAST_ARCHIVE_YEAR,
  MAX_THEME_LENGTH,
  MAX_THEMES,
  themesFromText,
} from "~/domain/archive-rules";
import { aliasesFromText, MAX_ALIASES, MAX_ALIAS_LENGTH, REGIONS } from "~/domain/organisations";
import { OUTBOX_FILTERS } from "~/domain/outbox";
import type { DuplicateOrganisationError } from "~/models/organisations.server";
import { emailAddress, oneOf, optionalText, personName, requiredText } from "./fields.server";
import { notFound } from "./permissions.server";
import { defineNotices } from "./notices.server";

/** An unchosen select sends "": that is "no answer", not a wrong one. */
const blankAsMissing = (value: unknown) => (value === "" ? undefined : value);

// Organisations -----------------------------------------------------------------------------------

const organisationName = requiredText("Enter the organisation's name", { max: 200, label: "Name" });
const organisationType = oneOf(ORGANISATION_TYPES, "Select the type of organisation");
const organisationRegion = oneOf(REGIONS, "Select the organisation's region");

export const OrganisationSchema = z.object({
  name: organisationName,
  shortName: optionalText({ max: 100, label: "Short name" }),
  type: organisationType,
  region: organisationRegion,
  odsCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z0-9]{3,10})?$/, "ODS code must be 3 to 10 letters or numbers, like RJ1")
    .optional()
    .transform((v) => v || null),
  aliases: otherNames("aliases"),
  formerNames: otherNames("former names"),
  successorOdsCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z0-9]{3,10})?$/, "The ODS code of the organisation that took over must be 3 to 10 letters or numbers, like RJ1")
    .optional()
    .transform((v) => v || null),
});

/** Other names typed one per line: aliases, or former names. */
function otherNames(what: string) {
  return z
    .string()
    .optional()
    .transform((text) => aliasesFromText(text ?? ""))
    .pipe(
      z
        .array(z.string().max(MAX_ALIAS_LENGTH, `Each of the ${what} must be ${MAX_ALIAS_LENGTH} characters or fewer`))
        .max(MAX_ALIASES, `Enter ${MAX_ALIASES} ${what} or fewer`),
    );
}

/** The field a duplicate belongs to, with its message, ready for the form's errors. */
export function duplicateOrganisationErrors(error: DuplicateOrganisationError): Record<string, string> {
  return { [error.field]: error.message };
}

// Entrants' requests for an unlisted organisation ----------------------------------------------------


const requestId = z.coerce.number({ error: "Choose a request" }).int().positive("Choose a request");

export const ApproveWithExistingOrganisationSchema = z.object({
  requestId,
  organisationId: z.coerce.number({ error: "Select the organisation" }).int().positive("Select the organisation"),
});

export const ApproveWithNewOrganisationSchema = z.object({
  requestId,
  name: organisationName,
  type: organisationType,
  region: organisationRegion,
});

export const RejectOrganisationRequestSchema = z.object({
  requestId,
  reason: requiredText("Enter the reason for rejecting the request", { max: 500, label: "Reason" }),
});

// Invitations ----------------------------------------------------------------------------------------

export const INVITED_ROLES = ["judge", "admin"] as const;

/** The invitations page: send an invitation, or revoke one not yet accepted. */
export const INVITATION_INTENTS = ["invite", "revoke"] as const;

export const InvitationSchema = z
  .object({
    name: personName("Enter the person's full name"),
    email: emailAddress("Enter the person's email address"),
    role: oneOf(INVITED_ROLES, "Select whether they will be a judge or an admin"),
    side: z.preprocess(blankAsMissing, oneOf(JUDGE_SIDES, "Select a side").optional()),
    organisationId: z.preprocess(
      blankAsMissing,
      z.coerce.number({ error: "Select an organisation from the list" }).int().positive("Select an organisation from the list").optional(),
    ),
  })
  .superRefine(
    (invitation, ctx) => {
      if (invitation.role === "judge" && !invitation.side) {
        ctx.addIssue({ code: "custom", path: ["side"], message: "Select a side" });
      }
    },
    // Checked even when other fields are wrong, so that every problem is listed at once.
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );

export const RevokeInvitationSchema = z.object({
  invitationId: z.coerce.number({ error: "Choose an invitation to revoke" }).int().positive("Choose an invitation to revoke"),
});

// The outbox ------------------------------------------------------------------------------------------

export const OutboxPageSchema = z.object({
  show: z.enum(OUTBOX_FILTERS).catch("all"),
});

/** What the outbox says after a failed e-mail is tried again (?show=all&notice=retried). */
export const outboxNotices = defineNotices({ retried: "The e-mail will be sent again now" });

export const RetryMailSchema = z.object({
  mailId: z.coerce.number({ error: "Choose an e-mail to send again" }).int().positive("Choose an e-mail to send again"),
  show: z.enum(OUTBOX_FILTERS).catch("all"),
});

// Accounts -------------------------------------------------------------------------------------------

/** A user's page: the judge's expertise form, and the status form (which sends no intent). */
export const USER_INTENTS = ["expertise", "status"] as const;

export const AccountStatusSchema = z.object({
  active: z.enum(["0", "1"], { error: "Choose whether to deactivate or reactivate the account" }),
});

// Search and notice parameters of the admin pages ---------------------------------------------

// A search cannot be wrong, only unmatched: an odd value in the address falls back to "everyone"
// rather than an error page.
export const UserSearchSchema = z.object({
  q: z
    .string()
    .trim()
    .transform((q) => q.slice(0, 100))
    .catch(""),
  role: z.enum(ROLES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});

// A search cannot be wrong, only unmatched.
export const OrganisationSearchSchema = z.object({
  q: z
    .string()
    .trim()
    .transform((q) => q.slice(0, 100))
    .catch(""),
});

/**
 * What the organisations page says after one is added or edited (?notice=saved&organisation=12): the
 * name is the one on the page's own list, never words from the address.
 */
export const organisationNotices = defineNotices({
  saved: (count, _text, organisations: readonly { id: number; name: string }[]) => {
    const name = organisations.find((o) => o.id === count("organisation"))?.name;
    return name ? { title: `${name} has been saved`, lines: [] } : null;
  },
});

/** What a user's page says after the account is deactivated or reactivated (?changed=deactivated). */
export const accountStatusNotices = defineNotices(
  {
    deactivated: { title: "The account has been deactivated", lines: ["They have been signed out and cannot sign in until it is reactivated."] },
    reactivated: { title: "The account has been reactivated", lines: ["They can sign in again."] },
    expertise: { title: "The judge's expertise has been saved", lines: ["It is shown in the judge pool."] },
  },
  { param: "changed" },
);

// The page's address says which request is open; odd values are ignored.
export const PageSchema = z.object({
  request: z.coerce.number().int().positive().optional().catch(undefined),
});

/** What the organisation requests page says after a decision (?decided=approved&entrant=…&organisation=…). */
export const organisationRequestNotices = defineNotices(
  {
    approved: (_count, text) => {
      const [entrant, organisation] = [text("entrant"), text("organisation")];
      return entrant && organisation ? { title: `${entrant} is now a member of ${organisation}`, lines: [] } : null;
    },
    rejected: (_count, text) => {
      const entrant = text("entrant");
      return entrant ? { title: `The request from ${entrant} has been rejected`, lines: [] } : null;
    },
  },
  { param: "decided" },
);

// The archive of winners -----------------------------------------------------------------------------
// The entry form's fields are named after the entry's own fields (ArchiveEntryFields), so that the
// form, the error summary and the diff between versions share one vocabulary.

/** A long text's limit, written the way people read numbers: "20,000 characters or fewer". */
function archiveText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `${label} must be ${max.toLocaleString("en-GB")} characters or fewer`)
    .optional()
    // Browsers send a textarea's line breaks as CRLF: stored text uses LF, so an unchanged save is unchanged.
    .transform((v) => (v ? v.replace(/\r\n?/g, "\n") : null));
}

const archiveYear = (message: string) =>
  z.preprocess(
    blankAsMissing,
    z.coerce
      .number({ error: message })
      .int(message)
      .refine((y) => isArchiveYear(y), `Year must be between ${FIRST_AWARD_YEAR} and ${LAST_ARCHIVE_YEAR}`),
  );

/** An optional choice from a list: unchosen is null, anything not on the list is an error. */
const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess(blankAsMissing, oneOf(values, message).optional()).transform((v) => v ?? null);

const sourceNote = archiveText("Source", 300);
const sourceUrl = z
  .string()
  .trim()
  .max(500, "Source link must be 500 characters or fewer")
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || isSourceLink(v), "Enter the source link as a full web address, like https://www.socialpartnershipforum.org/");

const NO_SOURCE = "Enter where this comes from: a note on the source, a link to it, or both";

/** Checked even when other fields are wrong, so that every problem is listed at once. */
const whenObject = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

/** A year in the address, such as /admin/archive/years/2022: anything else names nothing (404). */
export const ArchiveYearParamSchema = z.string().regex(/^\d{4}$/).transform(Number).refine(isArchiveYear);

export function archiveYearParam(value: string | undefined): number {
  const result = ArchiveYearParamSchema.safeParse(value);
  if (!result.success) notFound();
  return result.data;
}

const ceremonyDate = (form: { ceremony_day?: string; ceremony_month?: string; ceremony_year?: string }) =>
  dateFromParts({ day: form.ceremony_day ?? "", month: form.ceremony_month ?? "", year: form.ceremony_year ?? "" }, "Ceremony date");

export const AwardYearSchema = z
  .object({
    ceremony_day: z.string().optional(),
    ceremony_month: z.string().optional(),
    ceremony_year: z.string().optional(),
    ceremony_place: archiveText("Place", 200),
    notes: archiveText("Notes", 2000),
    source_note: sourceNote,
    source_url: sourceUrl,
  })
  .superRefine((form, ctx) => {
    const date = ceremonyDate(form);
    if (!date.ok) ctx.addIssue({ code: "custom", path: ["ceremony_date"], message: date.message });
    const anything = [form.ceremony_day, form.ceremony_month, form.ceremony_year, form.ceremony_place, form.notes].some((v) => v?.trim());
    if (anything && !hasSource(form)) ctx.addIssue({ code: "custom", path: ["source_note"], message: NO_SOURCE });
  }, whenObject)
  .transform((form) => {
    const date = ceremonyDate(form);
    return {
      ceremony_date: date.ok ? date.date : null,
      ceremony_place: form.ceremony_place,
      notes: form.notes,
      source_note: form.source_note,
      source_url: form.source_url,
    };
  });

const archiveEntryShape = {
  year: archiveYear("Select the year"),
  result: oneOf(ARCHIVE_RESULTS, "Select whether the entry won, was highly commended or was a finalist"),
  organisation_name: requiredText("Enter the organisation's name", { max: 200, label: "Organisation name" }),
  title: archiveText("Initiative", 300),
  summary: archiveText("Summary", 3000),
  region: optionalChoice(REGIONS, "Select a region from the list"),
  organisation_type: optionalChoice(ORGANISATION_TYPES, "Select a type of organisation from the list"),
  themes: z
    .string()
    .optional()
    .transform((text) => themesFromText(text ?? ""))
    .pipe(
      z
        .array(z.string().max(MAX_THEME_LENGTH, `Each theme must be ${MAX_THEME_LENGTH} characters or fewer`))
        .max(MAX_THEMES, `Enter ${MAX_THEMES} themes or fewer`),
    ),
  ...(Object.fromEntries(CASE_STUDY_SECTIONS.map((s) => [s.key, archiveText(s.heading, 20_000)])) as Record<
    CaseStudySectionKey,
    ReturnType<typeof archiveText>
  >),
  source_note: sourceNote,
  source_url: sourceUrl,
};

type ArchiveEntryForm = z.output<z.ZodObject<typeof archiveEntryShape>>;

/**
 * The entry's fields in the order fieldsOf gives them: updateArchiveEntry tells "nothing changed"
 * by comparing the two as JSON, which depends on the order of the keys.
 */
function entryFields(form: ArchiveEntryForm): ArchiveEntryFields {
  const fields = {
    year: form.year,
    organisation_name: form.organisation_name,
    title: form.title,
    result: form.result,
    summary: form.summary,
    region: form.region,
    organisation_type: form.organisation_type,
    source_note: form.source_note,
    source_url: form.source_url,
    themes: form.themes,
  } as ArchiveEntryFields;
  for (const s of CASE_STUDY_SECTIONS) fields[s.key] = form[s.key];
  return fields;
}

function requireSource(entry: { source_note: string | null; source_url: string | null }, ctx: z.RefinementCtx) {
  if (!hasSource(entry)) ctx.addIssue({ code: "custom", path: ["source_note"], message: NO_SOURCE });
}

export const ArchiveEntrySchema = z
  .object(archiveEntryShape)
  .superRefine(requireSource, whenObject)
  .transform((form) => ({ fields: entryFields(form) }));

/** The version an edit form was opened at (a hidden field), so that a save from an older one is refused. */
export const VersionSchema = z.object({ version: z.coerce.number({ error: "Reload the page and try again" }).int().positive("Reload the page and try again") });

export const ArchiveEntryEditSchema = z
  .object({ ...archiveEntryShape, note: archiveText("What changed and why", 300) })
  .superRefine(requireSource, whenObject)
  .transform(({ note, ...form }) => ({ fields: entryFields(form), note }));

/** The year a new entry starts in, from /admin/archive/entries/new?year=2022; odd values are ignored. */
export const NewArchiveEntryQuerySchema = z.object({
  year: z.coerce
    .number()
    .int()
    .refine((y) => isArchiveYear(y))
    .optional()
    .catch(undefined),
});

/** What the archive says after a year's details are saved (?saved=year&year=2022); a year outside the archive is ignored. */
export const archiveYearNotices = defineNotices(
  {
    year: (count) => {
      const year = count("year");
      return year !== null && isArchiveYear(year) ? { title: `The details of ${year} have been saved`, lines: [], link: { href: `#year-${year}`, text: `Go to ${year}` } } : null;
    },
    "year-unchanged": (count) => {
      const year = count("year");
      return year !== null && isArchiveYear(year) ? { title: "Nothing was changed", lines: [`The details of ${year} are as they were.`], plain: true } : null;
    },
  },
  { param: "saved" },
);

/** What an archive entry's page says after it is published or edited; the page adds its links. */
export const archiveEntryNotices = defineNotices(
  {
    published: (_count, _text, entry: { organisation: string; year: number; version: number }) => ({
      title: `${entry.organisation} has been published in the ${entry.year} archive`,
      lines: [],
    }),
    edited: (_count, _text, entry) => ({ title: `Your changes have been published as version ${entry.version}`, lines: [] }),
    unchanged: { title: "Nothing was changed", lines: ["The entry is the same as before, so no new version was made."], plain: true },
  },
  { param: "saved" },
);

/**
 * What the invitations page says after an invitation is sent or revoked. The address carries the
 * invitation's id (?invitation=12), and the name is the one on the page's own list of invitations:
 * words put in the address never reach the banner.
 */
export const invitationNotices = defineNotices({
  invited: (count, _text, invitations: readonly { id: number; name: string }[]) => ({
    title: `Invitation sent to ${invitations.find((i) => i.id === count("invitation"))?.name ?? "them"}`,
    lines: ["The link in the email works once and expires in 7 days."],
  }),
  revoked: "The invitation has been revoked",
});
