// A judge's conflicts of interest for the cycle: the automatic one (the organisation on their judge
// profile) and those they declare, which they can add and remove. Before entries are assigned a
// declaration simply acts; after, it goes to the secretariat and the judge's list does not change
// (decision 016): the answer is the same whichever organisation is named. The organisation is chosen
// from the whole national register (closed ones too: a judge may have worked for one), so the page
// never lists who has entered.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, NotificationBanner, Radios, Textarea } from "~/components/forms";
import { BackLink, SummaryList, TwoThirds, type SummaryRow } from "~/components/nhsuk";
import { OrganisationPicker, OrganisationSearchForm, RegisterAttribution } from "~/components/organisation-picker";
import { CONFLICT_KIND_LABELS, DECLARABLE_CONFLICT_KINDS } from "~/domain/conflicts";
import { declareConflict, removeConflict } from "~/models/conflicts.server";
import { getJudge, listConflicts } from "~/models/judges.server";
import { getDb } from "~/platform/db.server";
import { formValues, invalid, parseForm, readForm } from "~/request/forms.server";
import { chosenOrganisation, pickerSearch } from "~/request/organisation-picker.server";
import { requireJudge } from "~/request/judging-access.server";
import { byIntent } from "~/request/intent.server";
import { CONFLICT_INTENTS, ConflictSchema, conflictNotices, RemoveConflictSchema } from "~/request/judging-forms.server";
import { notFound } from "~/request/permissions.server";

export const meta: MetaFunction = () => [{ title: "Your conflicts of interest - HPMA Partnership Award" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, cycle, statementAcceptedAt } = await requireJudge(request);
  if (!cycle) notFound();
  const db = getDb();
  const [judge, conflicts, picker] = await Promise.all([
    getJudge(db, user.id),
    listConflicts(db, { cycleId: cycle.id, judgeId: user.id }),
    pickerSearch(db, request, "organisationId"),
  ]);
  return {
    year: cycle.year,
    accepted: Boolean(statementAcceptedAt),
    ownOrganisation: judge?.organisationName ?? null,
    conflicts: conflicts.map((c) => ({ id: c.id, organisation: c.organisationName, kind: CONFLICT_KIND_LABELS[c.kind], note: c.note })),
    picker,
    notice: conflictNotices.from(request),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, cycle } = await requireJudge(request);
  if (!cycle) notFound();
  const db = getDb();
  const formData = await readForm(request);
  return byIntent(formData, CONFLICT_INTENTS, {
    remove: async () => {
      const parsed = parseForm(RemoveConflictSchema, formData);
      const removed = parsed.ok ? await removeConflict(db, { cycleId: cycle.id, judgeId: user.id, conflictId: parsed.data.conflictId }) : { removed: false as const };
      if (!removed.removed) notFound();
      return redirect(conflictNotices.href("/judging/conflicts", removed.timing === "after_assignment" ? "removed-late" : "removed"));
    },
    declare: async () => {
      const parsed = parseForm(ConflictSchema, formData);
      if (!parsed.ok) return invalid(parsed);
      const chosen = await chosenOrganisation(db, String(parsed.data.organisationId), { allowClosed: true });
      if (!chosen.ok) {
        return data({ errors: { organisationId: chosen.error } as Record<string, string>, values: formValues(formData) }, { status: 400 });
      }
      const { timing } = await declareConflict(db, {
        cycleId: cycle.id,
        judgeId: user.id,
        organisationId: parsed.data.organisationId,
        kind: parsed.data.kind,
        note: parsed.data.note,
      });
      return redirect(conflictNotices.href("/judging/conflicts", timing === "after_assignment" ? "declared-late" : "declared"));
    },
  });
}

const SEARCH_FORM = "organisation-search";


export default function Conflicts() {
  const { year, accepted, ownOrganisation, conflicts, picker, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  const values: Record<string, string> = actionData?.values ?? {};
  const rows: SummaryRow[] = conflicts.map((c) => ({
    key: c.organisation,
    value: (
      <>
        {c.kind}
        {c.note ? <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">{c.note}</p> : null}
      </>
    ),
    actions: (
      <Form method="post">
        <input type="hidden" name="conflictId" value={c.id} />
        <button className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="submit" name="intent" value="remove">
          Remove<span className="nhsuk-u-visually-hidden"> the conflict with {c.organisation}</span>
        </button>
      </Form>
    ),
  }));
  if (ownOrganisation) rows.unshift({ key: ownOrganisation, value: CONFLICT_KIND_LABELS.own_organisation, actions: null });
  return (
    <TwoThirds>
      <BackLink href="/judging" client>
        Back to judging
      </BackLink>
      <ErrorSummary errors={errors} order={["organisationId", "kind", "note"]} />
      {notice ? (
        <NotificationBanner title="Done" success>
          {notice.title}
        </NotificationBanner>
      ) : null}
      <h1>Your conflicts of interest</h1>
      <p className="nhsuk-lede-text">For the {year} award. Entries from these organisations are not given to you.</p>
      <p>
        Declare your conflicts before entries are assigned. A conflict declared after that is sent to the SPF secretariat: your list of entries stays as it is,
        and your scores for that organisation's entries do not count.
      </p>
      <SummaryList rows={rows} />
      {!ownOrganisation && conflicts.length === 0 ? <p>You have not declared any conflicts of interest.</p> : null}
      <h2>Declare a conflict of interest</h2>
      <Form method="post" noValidate>
        <OrganisationPicker
          name="organisationId"
          label="Organisation"
          hint="Search the national register, which includes organisations that have closed or merged."
          error={errors?.organisationId}
          searchFormId={SEARCH_FORM}
          query={picker.query}
          matches={picker.matches}
          defaultValue={values.organisationId}
          defaultLabel={values.organisationIdLabel}
          allowClosed
        />
        <Radios
          name="kind"
          legend="How are you connected to it?"
          error={errors?.kind}
          defaultValue={values.kind}
          options={DECLARABLE_CONFLICT_KINDS.map((k) => ({ value: k, label: CONFLICT_KIND_LABELS[k] }))}
        />
        <Textarea
          name="note"
          label="Note (optional)"
          hint="Needed for a personal connection: say briefly what it is."
          error={errors?.note}
          defaultValue={values.note}
          rows={3}
        />
        <button className="nhsuk-button" type="submit" name="intent" value="declare">
          Declare conflict
        </button>
      </Form>
      <OrganisationSearchForm id={SEARCH_FORM} />
      {accepted ? (
        <p>
          <Link to="/judging">Go to your entries</Link>
        </p>
      ) : (
        <p>
          <Link to="/judging/statement">Accept the statement</Link> before you can see entries.
        </p>
      )}
      <RegisterAttribution />
    </TwoThirds>
  );
}
