// The receipt of a submitted nomination: its reference, when it was submitted (UK time), who has
// endorsed it so far, and a copy of the entry as submitted.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummaryBox, SuccessBanner } from "~/components/forms";
import { EntrySummary } from "~/components/nomination";
import { formatUkDateTime, formatUkDeadline } from "~/domain/uk-time";
import { ENDORSEMENT_SIDE_LABELS } from "~/domain/vocabulary";
import { endorsementSummary, listCurrentEndorsements, MAX_RESENDS_PER_HOUR, resendEndorsement } from "~/models/endorsements.server";
import { nominationEntry } from "~/models/nominations.server";
import { parseForm, readForm } from "~/request/forms.server";
import { requireOwnNomination } from "~/request/nomination-access.server";
import { ResendEndorsementSchema } from "~/request/nomination-forms.server";
import { SummaryList, TwoThirds } from "~/components/nhsuk";

export const meta: MetaFunction = () => [{ title: "Nomination submitted - HPMA Partnership Award" }];

const ENDORSEMENT_LABELS: Record<string, string> = {
  none: "Not asked yet",
  pending: "Waiting for a reply",
  confirmed: "Confirmed",
  declined: "Declined",
  accepted_by_admin: "Accepted by the SPF secretariat",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, nomination, sections, deadline } = await requireOwnNomination(request, params.nominationId);
  if (nomination.status !== "submitted" || !nomination.submitted_at) throw redirect(`/nominations/${nomination.id}`);
  const endorsements = await endorsementSummary(db, nomination.id);
  const current = await listCurrentEndorsements(db, nomination.id);
  const who = (side: "employer" | "staff_side") => {
    const e = current.find((c) => c.side === side);
    return e ? { name: e.name, email: e.email, reason: e.status === "declined" ? e.reason : null } : null;
  };
  return {
    id: nomination.id,
    reference: nomination.reference,
    submittedAt: formatUkDateTime(nomination.submitted_at),
    deadline: deadline ? formatUkDeadline(deadline) : null,
    endorsements: {
      sides: (["employer", "staff_side"] as const).map((side) => ({
        side,
        label: ENDORSEMENT_SIDE_LABELS[side],
        status: ENDORSEMENT_LABELS[endorsements[side]] ?? endorsements[side],
        pending: endorsements[side] === "pending",
        who: who(side),
      })),
      complete: endorsements.complete,
    },
    entry: nominationEntry(nomination, sections),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, user, nomination } = await requireOwnNomination(request, params.nominationId);
  const form = parseForm(ResendEndorsementSchema, await readForm(request));
  if (!form.ok) return data({ resent: null, problem: form.errors.side ?? "Choose whose link to send again" }, { status: 400 });
  const result = await resendEndorsement(db, { nominationId: nomination.id, side: form.data.side, actorUserId: user.id });
  const lead = form.data.side === "employer" ? "the employer lead" : "the staff-side lead";
  if (result.ok) return { resent: lead, problem: null };
  if ("retryAt" in result) {
    return data(
      { resent: null, problem: `You have sent ${lead}'s link ${MAX_RESENDS_PER_HOUR} times in the last hour. You can send it again from ${formatUkDateTime(result.retryAt)} (UK time)` },
      { status: 429 },
    );
  }
  return data({ resent: null, problem: result.problem }, { status: 400 });
}

export default function Receipt() {
  const { id, reference, submittedAt, deadline, endorsements, entry } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  return (
    <TwoThirds>
      {actionData?.problem ? <ErrorSummaryBox items={[{ href: "#main-content", message: actionData.problem }]} /> : null}
      {actionData?.resent ? <SuccessBanner title={`We have sent the link again to ${actionData.resent}`} /> : null}
      <div className="nhsuk-panel nhsuk-panel--confirmation">
        <h1 className="nhsuk-panel__title">Nomination submitted</h1>
        <div className="nhsuk-panel__body">
          Your reference is
          <br />
          <strong>{reference}</strong>
        </div>
      </div>
      <p>
        We received it at {submittedAt} (UK time) and have emailed you this receipt with a copy of the entry.
      </p>
      <h2>Endorsement</h2>
      <p>
        The nomination is complete when both leads have confirmed it{deadline ? `, before ${deadline} (UK time)` : ""}.
        {endorsements.complete ? " Both have, so your nomination is complete." : ""}
      </p>
      <SummaryList
        rows={endorsements.sides.map((s) => ({
          key: s.label,
          value: (
            <>
              <p className="nhsuk-u-margin-bottom-1">{s.status}</p>
              {s.who ? (
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-0" dir="auto">
                  {s.who.name} ({s.who.email})
                </p>
              ) : null}
              {s.who?.reason ? (
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-0" dir="auto" style={{ whiteSpace: "pre-wrap" }}>
                  Their reason: {s.who.reason}
                </p>
              ) : null}
            </>
          ),
          actions: s.pending ? (
            <Form method="post">
              <input type="hidden" name="side" value={s.side} />
              <button className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="submit" disabled={navigation.state !== "idle"}>
                Send the link again<span className="nhsuk-u-visually-hidden"> to the {s.label.toLowerCase()}</span>
              </button>
            </Form>
          ) : null,
        }))}
      />
      <h2>Your entry as submitted</h2>
      <EntrySummary entry={entry} />
      <p>
        <Link to={`/nominations/${id}`}>Change this nomination</Link> (you will need to submit it again) or{" "}
        <Link to={`/nominations/${id}/withdraw`}>withdraw it</Link>.
      </p>
      <p>
        <Link to="/nominations">Back to my nominations</Link>
      </p>
    </TwoThirds>
  );
}
