// The zod schemas of the secretariat's forms, with messages in the NHS style.
// They live in a .server module, not in the routes, because the field helpers in fields.server.ts
// exist only on the server: a schema built at the top of a route module also runs in the browser
// bundle, where those helpers are empty and the page fails to hydrate.
import { z } from "zod";
import { JUDGE_SIDES, ORGANISATION_TYPES, ROLES } from "../../db/schema";
import { aliasesFromText, MAX_ALIASES, MAX_ALIAS_LENGTH, REGIONS } from "~/domain/organisations";
import type { DuplicateOrganisationError } from "~/models/organisations.server";
import { emailAddress, oneOf, optionalText, requiredText } from "./fields.server";

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
  aliases: z
    .string()
    .optional()
    .transform((text) => aliasesFromText(text ?? ""))
    .pipe(
      z
        .array(z.string().max(MAX_ALIAS_LENGTH, `Each alias must be ${MAX_ALIAS_LENGTH} characters or fewer`))
        .max(MAX_ALIASES, `Enter ${MAX_ALIASES} aliases or fewer`),
    ),
});

/** The field a duplicate belongs to, with its message, ready for the form's errors. */
export function duplicateOrganisationErrors(error: DuplicateOrganisationError): Record<string, string> {
  return { [error.field]: error.message };
}

// Entrants' requests for an unlisted organisation ----------------------------------------------------

export const OrganisationRequestIntentSchema = z.enum(["approve-existing", "approve-new", "reject"]);

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

export const InvitationIntentSchema = z.enum(["invite", "revoke"]);

export const InvitationSchema = z
  .object({
    name: requiredText("Enter the person's full name", { max: 100, label: "Full name" }),
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

// Accounts -------------------------------------------------------------------------------------------

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

// A search cannot be wrong, only unmatched; "saved" names the organisation just added or edited.
export const OrganisationSearchSchema = z.object({
  q: z
    .string()
    .trim()
    .transform((q) => q.slice(0, 100))
    .catch(""),
  saved: z
    .string()
    .trim()
    .transform((s) => s.slice(0, 200) || null)
    .catch(null),
});

export const BannerSchema = z.object({
  invited: z
    .string()
    .trim()
    .transform((s) => s.slice(0, 200) || null)
    .catch(null),
  revoked: z
    .literal("1")
    .transform(() => true)
    .catch(false),
});

export const ChangedSchema = z.enum(["deactivated", "reactivated"]).nullable().catch(null);

// The page's address says which request is open and what was last decided; odd values are ignored.
export const PageSchema = z.object({
  request: z.coerce.number().int().positive().optional().catch(undefined),
  decided: z.enum(["approved", "rejected"]).optional().catch(undefined),
  entrant: z
    .string()
    .transform((s) => s.slice(0, 200))
    .catch(""),
  organisation: z
    .string()
    .transform((s) => s.slice(0, 200))
    .catch(""),
});
