// The secretariat's review of one entry's redaction before judges see it: first the flagged phrases,
// each hidden or kept (flags.tsx; released only when every one is decided, decision 024); each
// field's original text with what is hidden marked, beside the copy judges will see; words to hide
// added or removed (terms.tsx); the entry released or withheld; and its score sheets (sheets.tsx).
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { adminTitle } from "~/components/admin";
import { Button, ErrorSummary, NoticeSuccessBanner } from "~/components/forms";
import { Caption, GridColumn, GridRow, SummaryList } from "~/components/nhsuk";
import { EntryStatusTag, JudgesCopy, JudgingBreadcrumb, MarkedText } from "~/components/judging-admin";
import { getRedactionReview, judgingEntryCode } from "~/models/judging-entries.server";
import { formatUkDateTime } from "~/domain/uk-time";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { readForm } from "~/request/forms.server";
import { byIntent } from "~/request/intent.server";
import { idParam } from "~/request/params.server";
import { notFound } from "~/request/permissions.server";
import { addTerm, decideFlagAction, ENTRY_INTENTS, rebuild, reopen, removeTerm, setStatus, sheetsOf, type EntryAction } from "./actions.server";
import { FlagsSection } from "./flags";
import { entryReviewNotices } from "./notices.server";
import { SheetsSection } from "./sheets";
import { StaleCopy } from "./stale-copy";
import { TermsSection } from "~/components/redaction-terms";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: adminTitle(data ? `Entry ${data.review.code}` : "Judging entry", `Judging ${data?.cycle.year ?? ""}`.trim(), "Award cycles") },
];

/** The cycle and the entry, or 404: the nomination must have a judging entry in the cycle in the address. */
async function cycleAndEntry(request: Request, params: LoaderFunctionArgs["params"]) {
  const { admin, cycle, cycleId, db } = await requireAdminCycle(request, params);
  const nominationId = idParam(params.nominationId);
  const code = await judgingEntryCode(db, { cycleId, nominationId });
  if (code === undefined) notFound();
  return { admin, db, cycle, cycleId, nominationId, code };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, cycle, cycleId, nominationId } = await cycleAndEntry(request, params);
  const review = await getRedactionReview(db, nominationId);
  if (!review) notFound();
  const sheets = await sheetsOf(db, cycleId, nominationId);
  return {
    notice: entryReviewNotices.from(request),
    cycle: { id: cycle.id, year: cycle.year },
    review: {
      nominationId: review.nominationId,
      code: review.code,
      reference: review.reference,
      organisation: review.organisation,
      status: review.status,
      releasedAt: review.releasedAt ? formatUkDateTime(review.releasedAt) : null,
      stale: review.stale,
      redactionCount: review.redactionCount,
      fields: review.fields,
      terms: review.terms,
      entrantTerms: review.entrantTerms,
      flags: review.flags,
      flagsToDecide: review.flagsToDecide,
      undecidedFlags: review.undecidedFlags,
      hiddenFlags: review.hiddenFlags,
    },
    sheets: sheets.map((s, i) => ({ key: s.sheetId ?? `none-${i}`, sheetId: s.sheetId, judge: s.judgeName, progress: s.progress })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, db, cycleId, nominationId, code } = await cycleAndEntry(request, params);
  const entry: EntryAction = { db, actorUserId: admin.id, cycleId, nominationId, code, formData: await readForm(request) };
  return byIntent(entry.formData, ENTRY_INTENTS, {
    "decide-flag": () => decideFlagAction(entry),
    "add-term": () => addTerm(entry),
    "remove-term": () => removeTerm(entry),
    release: () => setStatus(entry, "released"),
    withhold: () => setStatus(entry, "withheld"),
    rebuild: () => rebuild(entry),
    reopen: () => reopen(entry),
  });
}

function StatusButton({ intent, code, variant, children }: { intent: "release" | "withhold"; code: string; variant?: "secondary"; children: string }) {
  return (
    <Form method="post" style={{ display: "inline-block", marginRight: "1rem" }}>
      <input type="hidden" name="intent" value={intent} />
      <Button variant={variant}>
        {children}
        <span className="nhsuk-u-visually-hidden"> entry {code}</span>
      </Button>
    </Form>
  );
}

export default function JudgingEntryReview() {
  const { cycle, review: r, sheets, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors: Partial<Record<string, string>> | undefined = actionData?.errors;
  const values: Partial<Record<string, string>> = actionData?.values ?? {};
  const addValues = values.intent === "add-term" ? values : {};
  return (
    <>
      <JudgingBreadcrumb cycleId={cycle.id} year={cycle.year} trail={[{ href: `/admin/cycles/${cycle.id}/judging`, label: "Judging" }]} />
      <ErrorSummary errors={errors} order={["form", "flags", "release", "terms", "text", "kind"]} />
      {!actionData && notice ? <NoticeSuccessBanner notice={notice} /> : null}
      <Caption>
        Judging {cycle.year}: {r.reference}, {r.organisation}
      </Caption>
      <h1>
        Entry <code>{r.code}</code>
      </h1>
      <SummaryList
        rows={[
          { key: "Judging code", value: <code>{r.code}</code> },
          { key: "Nomination", value: <Link to={`/admin/nominations/${r.nominationId}`}>{r.reference}</Link> },
          { key: "Organisation", value: r.organisation },
          {
            key: "Status",
            value: (
              <>
                <EntryStatusTag status={r.status} />
                {r.releasedAt ? ` on ${r.releasedAt}` : null}
              </>
            ),
          },
          { key: "Hidden from judges", value: r.redactionCount === 1 ? "1 passage" : `${r.redactionCount} passages` },
          { key: "Flags still to decide", value: r.undecidedFlags === 0 ? "None" : r.undecidedFlags },
        ]}
      />

      {r.stale ? <StaleCopy released={r.status === "released"} /> : null}

      <FlagsSection flags={r.flagsToDecide} undecided={r.undecidedFlags} hidden={r.hiddenFlags} />

      <h2 id="release" tabIndex={-1}>
        Release to judges
      </h2>
      {r.status === "released" ? (
        <p>Judges assigned to this entry can see the copy below. Withhold it to take it away from them.</p>
      ) : (
        <p>
          Read each field of the judges' copy below. When nothing in it could tell a judge who sent the entry
          {r.undecidedFlags > 0 ? ", and every flag above is decided" : ""}, release it.
        </p>
      )}
      <div className="nhsuk-u-margin-bottom-6">
        {r.status !== "released" ? (
          <StatusButton intent="release" code={r.code}>
            Release
          </StatusButton>
        ) : null}
        {r.status !== "withheld" ? (
          <StatusButton intent="withhold" code={r.code} variant="secondary">
            Withhold
          </StatusButton>
        ) : null}
      </div>

      <h2>The entry and the judges' copy</h2>
      <p>
        On the left, the entry as written, with each hidden passage highlighted and followed by what it is hidden as, and other NHS organisations underlined with
        a flag. On the right, exactly what judges will see.
      </p>
      {r.fields.map((f) => (
        <section key={f.key} className="nhsuk-u-margin-bottom-6">
          <h3>{f.title}</h3>
          <GridRow>
            <GridColumn width="one-half">
              <h4 className="nhsuk-heading-xs">As written</h4>
              <MarkedText segments={f.segments} />
            </GridColumn>
            <GridColumn width="one-half">
              <h4 className="nhsuk-heading-xs">Judges will see</h4>
              <div className="nhsuk-inset-text nhsuk-u-margin-top-0" data-testid={`judges-copy-${f.key}`}>
                <JudgesCopy text={f.redacted} />
              </div>
            </GridColumn>
          </GridRow>
        </section>
      ))}

      <TermsSection entrantTerms={r.entrantTerms} terms={r.terms} errors={errors} addValues={addValues} />
      <SheetsSection code={r.code} sheets={sheets} errors={errors} values={values} />
    </>
  );
}
