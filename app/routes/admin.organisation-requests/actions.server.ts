// One action function for each way of deciding an entrant's request to add their organisation:
// approve with an organisation already listed, approve by adding theirs, or reject with a reason.
// A request already decided (perhaps by another admin) goes back to the request, which says so.
import { redirect } from "@remix-run/node";
import { MAX_ALIAS_LENGTH } from "~/domain/organisations";
import { createOrganisation, decideOrganisationRequest, DuplicateOrganisationError, getPendingOrganisationRequest } from "~/models/organisations.server";
import type { getDb } from "~/platform/db.server";
import { ApproveWithExistingOrganisationSchema, ApproveWithNewOrganisationSchema, organisationRequestNotices, RejectOrganisationRequestSchema } from "~/request/admin-forms.server";
import { formValues, invalid, parseForm } from "~/request/forms.server";
import { chosenOrganisation } from "~/request/organisation-picker.server";

export const PAGE = "/admin/organisation-requests";

/** What each form posts as its intent. */
export const REQUEST_INTENTS = ["approve-existing", "approve-new", "reject"] as const;

type RequestAction = { db: ReturnType<typeof getDb>; formData: FormData; adminId: number };

async function pendingRequest(db: RequestAction["db"], id: number) {
  const found = await getPendingOrganisationRequest(db, id);
  if (!found) throw redirect(`${PAGE}?request=${id}`);
  return found;
}

async function decide(
  { db, adminId }: RequestAction,
  entrantRequest: { id: number; user_name: string },
  decision: { outcome: "approved"; organisationId: number; organisationName: string } | { outcome: "rejected"; reason: string },
) {
  const done = await decideOrganisationRequest(db, {
    requestId: entrantRequest.id,
    decision: decision.outcome,
    organisationId: decision.outcome === "approved" ? decision.organisationId : null,
    reason: decision.outcome === "rejected" ? decision.reason : null,
    actorUserId: adminId,
  });
  // Another admin got there between our check and this write: their decision stands.
  if (!done) return redirect(`${PAGE}?request=${entrantRequest.id}`);
  const names: Record<string, string> = { entrant: entrantRequest.user_name };
  if (decision.outcome === "approved") names.organisation = decision.organisationName;
  return redirect(organisationRequestNotices.href(PAGE, decision.outcome, names));
}

export async function approveWithListedOrganisation(args: RequestAction) {
  const { db, formData } = args;
  const result = parseForm(ApproveWithExistingOrganisationSchema, formData);
  if (!result.ok) return invalid(result);
  const entrantRequest = await pendingRequest(db, result.data.requestId);
  const chosen = await chosenOrganisation(db, String(result.data.organisationId), {
    allowClosed: false,
    missing: "Select the organisation",
    closed: "choose the organisation that took over its work",
  });
  if (!chosen.ok) return invalid({ errors: { organisationId: chosen.error }, values: formValues(formData) });
  return decide(args, entrantRequest, { outcome: "approved", organisationId: chosen.organisation.id, organisationName: chosen.organisation.name });
}

export async function approveWithNewOrganisation(args: RequestAction) {
  const { db, formData, adminId } = args;
  const result = parseForm(ApproveWithNewOrganisationSchema, formData);
  if (!result.ok) return invalid(result);
  const entrantRequest = await pendingRequest(db, result.data.requestId);
  const { name, type, region } = result.data;
  // If the admin corrected the name, what the entrant typed is how others may search for it too.
  const typed = entrantRequest.name.trim();
  const aliases = typed.toLowerCase() !== name.toLowerCase() && typed.length <= MAX_ALIAS_LENGTH ? [typed] : [];
  let organisationId: number;
  try {
    organisationId = await createOrganisation(db, { name, shortName: null, type, region, odsCode: null, aliases }, adminId);
  } catch (error) {
    if (!(error instanceof DuplicateOrganisationError)) throw error;
    return invalid({
      errors: { name: "An organisation with this name is already listed. Approve the request with that organisation instead" },
      values: formValues(formData),
    });
  }
  // Two steps, not one transaction (createOrganisation opens its own): if the decision then
  // loses a race, the organisation stays listed, which is harmless.
  return decide(args, entrantRequest, { outcome: "approved", organisationId, organisationName: name });
}

export async function rejectRequest(args: RequestAction) {
  const result = parseForm(RejectOrganisationRequestSchema, args.formData);
  if (!result.ok) return invalid(result);
  const entrantRequest = await pendingRequest(args.db, result.data.requestId);
  return decide(args, entrantRequest, { outcome: "rejected", reason: result.data.reason });
}
