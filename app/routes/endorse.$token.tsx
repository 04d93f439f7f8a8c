// A lead endorses a nomination from the link we e-mailed, without an account. Opening the link only
// shows the nomination and the choices: only the POST acts, so mail scanners cannot use it up.
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button, Checkboxes, ErrorSummary, Textarea } from "~/components/forms";
import { formatUkDeadline } from "~/domain/uk-time";
import { ENDORSEMENT_SIDE_LABELS } from "~/domain/vocabulary";
import { respondToEndorsement, viewEndorsement, type EndorsementProblem, type SignedInCaller } from "~/models/endorsements.server";
import { getSessionUser } from "~/request/auth.server";
import { getDb } from "~/platform/db.server";
import { EndorsementResponseSchema, EndorsementTokenSchema, publishChoices } from "~/request/endorsement-forms.server";
import { parseForm, readForm } from "~/request/forms.server";
import { Caption, SummaryList, TwoThirds } from "~/components/nhsuk";

export const meta: MetaFunction = () => [{ title: "Confirm a nomination - HPMA Partnership Award" }];

// Responses are private to the holder of the link: never cached. (The server's referrer policy
// already keeps the link's path from other sites.)
const PRIVATE = { "Cache-Control": "no-store" };
export const headers: HeadersFunction = () => PRIVATE;

/** The signed-in person using the link, if any: an entrant of the nomination may not endorse it. */
async function caller(request: Request): Promise<SignedInCaller> {
  const user = await getSessionUser(request);
  return user ? { id: user.id, email: user.email } : null;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = EndorsementTokenSchema.safeParse(params.token);
  if (!token.success) return data({ problem: "unknown" as EndorsementProblem, view: null }, { headers: PRIVATE });
  const check = await viewEndorsement(getDb(), { token: token.data, caller: await caller(request) });
  return data(check.ok ? { problem: null, view: check.view } : { problem: check.link, view: null }, { headers: PRIVATE });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = EndorsementTokenSchema.safeParse(params.token);
  if (!token.success) return data({ problem: "unknown" as EndorsementProblem }, { headers: PRIVATE });
  const db = getDb();
  // The link is checked before the form, so a dead link says so whatever was sent.
  const signedIn = await caller(request);
  const check = await viewEndorsement(db, { token: token.data, caller: signedIn });
  if (!check.ok) return data({ problem: check.link }, { headers: PRIVATE });
  const formData = await readForm(request);
  const form = parseForm(EndorsementResponseSchema, formData);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400, headers: PRIVATE });
  const answer = await respondToEndorsement(db, { token: token.data, decision: form.data.decision, reason: form.data.reason ?? null, publish: publishChoices(formData), caller: signedIn });
  if (!answer.ok) return data({ problem: answer.link }, { headers: PRIVATE });
  return data({ done: answer.status }, { headers: PRIVATE });
}

const PROBLEM_PAGES: Record<EndorsementProblem, { title: string; text: string }> = {
  unknown: {
    title: "This link is not valid",
    text: "Check that you copied the whole link from the email. If it still does not work, ask the person who entered the nomination to send you a new one.",
  },
  used: {
    title: "This link has already been used",
    text: "An answer has already been given with this link, and it cannot be changed here. If you need to change it, contact the SPF secretariat or the person who entered the nomination.",
  },
  superseded: {
    title: "This link is no longer valid",
    text: "The nomination has been changed or withdrawn since this link was sent, or a newer link has been sent. If you are still asked to confirm it, use the link in the most recent email.",
  },
  entrant: {
    title: "You cannot confirm a nomination you entered",
    text: "The employer lead and the staff-side lead confirm a nomination for themselves, and neither can be a person who entered it. If you are one of the leads and share this computer, sign out first. Otherwise, check the leads' email addresses on the nomination and submit it again.",
  },
  "deadline-passed": {
    title: "The deadline for this nomination has passed",
    text: "Nominations can no longer be confirmed. If you think this is wrong, contact the SPF secretariat.",
  },
};

export default function Endorse() {
  const { problem: loaderProblem, view } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const done = actionData && "done" in actionData ? actionData.done : null;
  const problem = (actionData && "problem" in actionData ? actionData.problem : null) ?? loaderProblem;
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  const values = actionData && "values" in actionData ? actionData.values : undefined;

  if (done) {
    return (
      <TwoThirds>
        <h1>{done === "confirmed" ? "Thank you for confirming the nomination" : "You have not confirmed the nomination"}</h1>
        <p>
          {done === "confirmed"
            ? "We have told the people who entered it. You do not need to do anything else."
            : "We have told the people who entered it, with your reason. If they change the nomination and submit it again, you will get a new link."}
        </p>
      </TwoThirds>
    );
  }
  if (problem || !view) {
    const page = PROBLEM_PAGES[problem ?? "unknown"];
    return (
      <TwoThirds>
        <h1>{page.title}</h1>
        <p>{page.text}</p>
      </TwoThirds>
    );
  }
  return (
    <TwoThirds>
      <ErrorSummary errors={errors} />
      <Caption>
        {view.organisation} <span className="nhsuk-u-visually-hidden">-</span>
      </Caption>
      <h1>Confirm this nomination for the HPMA award for partnership working</h1>
      <p className="nhsuk-lede-text">
        Dear {view.name}, you are named as the {ENDORSEMENT_SIDE_LABELS[view.side].toLowerCase()} of this nomination. A nomination only counts when both
        leads confirm that it is a true account of work done in partnership.
      </p>
      {view.deadline ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>Answer before {formatUkDeadline(view.deadline)} (UK time).</p>
        </div>
      ) : null}

      <h2>The nomination</h2>
      <SummaryList
        rows={[
          { key: "Organisation", value: view.organisation },
          { key: "Title", value: view.title },
          { key: "Reference", value: view.reference },
          ...view.leads.map((l) => ({
            key: ENDORSEMENT_SIDE_LABELS[l.side],
            value: (
              <>
                {l.name ?? "Not given"}
                {l.role ? `, ${l.role}` : ""}
              </>
            ),
          })),
          view.unions ? { key: "Trade unions involved", value: view.unions } : null,
        ]}
      />

      {view.answers.map((a, i) => (
        <section key={i} aria-labelledby={`answer-${i}`}>
          <h3 id={`answer-${i}`}>{a.title}</h3>
          {a.text ? <p style={{ whiteSpace: "pre-wrap" }}>{a.text}</p> : <p className="nhsuk-hint">Not answered</p>}
        </section>
      ))}

      <h2>Your answer</h2>
      <Form method="post">
        <p>By confirming, you agree that this nomination is a fair account of work done in partnership between the employer and trade unions.</p>
        <Checkboxes
          name="publish"
          legend="What may we publish about you? (optional)"
          hint={
            <>
              If this nomination is a finalist, its case study is published in the archive of winners. Without your agreement it names only the
              organisation and the initiative, never you. You can change your mind by contacting the SPF secretariat before the announcement. Read{" "}
              <a href="/privacy">how we use your personal data</a>.
            </>
          }
          checked={new Set()}
          options={[
            { value: "name", label: "My name and job title" },
            { value: "email", label: "My email address, as a contact for people who want to learn from this work" },
          ]}
        />
        <Button name="decision" value="confirm">
          I confirm this nomination
        </Button>
      </Form>
      <Form method="post" noValidate>
        <h3>If you do not confirm it</h3>
        <Textarea
          name="reason"
          label="Why do you not confirm this nomination?"
          hint="The people who entered it will see this, so they can put it right."
          error={errors?.reason}
          defaultValue={values?.reason}
        />
        <Button name="decision" value="decline" variant="secondary">
          I do not confirm it
        </Button>
      </Form>
    </TwoThirds>
  );
}
