// A second look (decision 026): after the first round the secretariat chooses entries (listed by their
// current rank, the suggested ones ticked) and a number of extra score sheets per entry; the usual
// rules pick the judges, shown as a preview with how many sheets it adds, then confirmed as previewed.
// The extra sheets are ordinary first-round sheets, so the results include them once submitted.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { adminTitle } from "~/components/admin";
import { Button, Checkboxes, ErrorSummaryBox, NoticeSuccessBanner, Textarea, TextInput } from "~/components/forms";
import { JudgingBreadcrumb, Warning } from "~/components/judging-admin";
import { Caption, Table } from "~/components/nhsuk";
import { DEFAULT_EXTRA_SHEETS, extraSheetsPercent, MAX_EXTRA_SHEETS, SECOND_LOOK_BUDGET, suggestFromResults } from "~/domain/second-look";
import { judgeSideLabel } from "~/domain/permissions";
import { roundResults } from "~/models/results.server";
import { confirmSecondLook, previewSecondLook } from "~/models/second-look.server";
import { formValues, parseForm, readForm } from "~/request/forms.server";
import { OverrideReasonSchema, secondLookChoice, secondLookNotices } from "~/request/judging-forms.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: adminTitle("A second look", data ? `Judging ${data.cycle.year}` : "Judging", "Award cycles") }];

const SEED = 1;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, cycle, cycleId } = await requireAdminCycle(request, params);
  const url = new URL(request.url);
  const round = await roundResults(db, { cycleId, round: "first" });
  // The results' in-doubt list (a chance of the top N between 10 % and 90 %) decides the suggestion
  // once the model has given chances; before that, the ranks around the cut do.
  const { inDoubt, likely } = round.results.topN;
  const doubtful = inDoubt.length + likely.length > 0 ? new Set(inDoubt.map((d) => d.entryId)) : null;
  const rows = round.results.entries
    .map((e) => ({ entryId: e.entryId, rank: e.normalisedRank, sheets: e.sheets, percent: e.normalisedPercent, code: round.labels.get(e.entryId)?.code ?? String(e.entryId), ...(doubtful ? { inDoubt: doubtful.has(e.entryId) } : {}) }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));
  const previewing = url.searchParams.has("preview");
  const { entryIds, extra, errors: choiceErrors } = secondLookChoice(url.searchParams);
  const suggested = suggestFromResults(round.results, cycle.finalists_count, { extra });
  const doubtCount = doubtful?.size ?? 0;
  const chosen = previewing ? entryIds : suggested;
  const preview = previewing && !choiceErrors.extra && chosen.length > 0 ? await previewSecondLook(db, { cycleId, entryIds: chosen, extra, seed: SEED }) : null;
  const judgeName = new Map((preview?.context.judges ?? []).map((j) => [j.id, `${j.name} (${judgeSideLabel(j.side)})`]));
  return {
    cycle: { id: cycle.id, year: cycle.year, finalists: cycle.finalists_count },
    byDoubt: doubtful !== null,
    suggestedCount: suggested.length,
    doubtCount,
    notice: secondLookNotices.from(url),
    rows: rows.map((r) => ({ value: String(r.entryId), label: `${r.code}: ${r.rank === null ? "no sheets yet" : `ranked ${r.rank}, ${r.percent?.toFixed(1)}% from ${r.sheets} ${r.sheets === 1 ? "sheet" : "sheets"}`}` })),
    chosen: chosen.map(String),
    extraText: url.searchParams.get("extra") ?? String(DEFAULT_EXTRA_SHEETS),
    extra,
    errors: { ...(choiceErrors.extra ? { extra: choiceErrors.extra } : {}), ...(previewing && choiceErrors.entry ? { entry: choiceErrors.entry } : {}) },
    preview: preview && {
      added: preview.plan.added.length,
      percent: extraSheetsPercent(preview.plan.added.length, preview.assignedBefore),
      assignedBefore: preview.assignedBefore,
      problems: preview.plan.problems.map((p) => p.message),
      overridable: preview.plan.overridable,
      byEntry: preview.chosen.map((entryId) => ({
        code: rows.find((r) => r.entryId === entryId)?.code ?? String(entryId),
        judges: preview.plan.added.filter((a) => a.entryId === entryId).map((a) => judgeName.get(a.judgeId) ?? `Judge ${a.judgeId}`),
      })),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, db, cycleId } = await requireAdminCycle(request, params);
  const formData = await readForm(request);
  const values = formValues(formData);
  const { entryIds, extra, override: bendsLoadRule, errors: choiceErrors } = secondLookChoice(formData);
  const problem = choiceErrors.extra ?? choiceErrors.entry;
  if (problem) return data({ problems: [problem], errors: {} as Record<string, string>, values }, { status: 400 });
  let override: { reason: string } | null = null;
  if (bendsLoadRule) {
    const parsed = parseForm(OverrideReasonSchema, formData);
    if (!parsed.ok) return data({ problems: [], errors: { overrideReason: parsed.errors.overrideReason ?? "Enter the reason" }, values }, { status: 400 });
    override = { reason: parsed.data.overrideReason };
  }
  const result = await confirmSecondLook(db, { cycleId, entryIds, extra, seed: SEED, actorUserId: admin.id, override });
  if (!result.ok) return data({ problems: result.problems, errors: {} as Record<string, string>, values }, { status: 400 });
  return redirect(secondLookNotices.href(`/admin/cycles/${cycleId}/judging/second-look`, "confirmed", { added: result.added }));
}

export default function SecondLook() {
  const { cycle, byDoubt, suggestedCount, doubtCount, notice, rows, chosen, extraText, extra, errors, preview } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const summary = [
    ...Object.entries({ ...errors, ...(actionData?.errors ?? {}) }).map(([field, message]) => ({ href: `#${field}`, message: String(message) })),
    ...(actionData?.problems ?? []).map((message) => ({ href: "#preview", message })),
  ];
  return (
    <>
      <JudgingBreadcrumb cycleId={cycle.id} year={cycle.year} trail={[{ href: `/admin/cycles/${cycle.id}/judging`, label: "Judging" }]} />
      <ErrorSummaryBox items={summary} />
      {!actionData && notice ? <NoticeSuccessBanner notice={notice} /> : null}
      <Caption>Judging {cycle.year}</Caption>
      <h1>A second look</h1>
      <p>
        After the first round, entries whose place in the ranking is unsure can be given extra score sheets. The judges are picked by the usual rules: no conflicts
        of interest, nobody already judging the entry or who stepped away from it, both sides where loads allow, and loads within one of each other. The extra
        sheets are scored like any other, and the <Link to={`/admin/cycles/${cycle.id}/results`}>results</Link> include them once submitted.
      </p>
      <p>
        {byDoubt && suggestedCount === 0
          ? `No entry is in doubt on the results page (each entry's chance of being in the top ${cycle.finalists} is under 10% or over 90%): tick any entry you want judged again.`
          : byDoubt
          ? `Ticked: the entries in doubt, whose chance of being in the top ${cycle.finalists} is between 10% and 90% on the results page.`
          : `Ticked: the entries suggested, ranked ${Math.max(1, cycle.finalists - 1)} to ${2 * cycle.finalists + 2} (around the cut for ${cycle.finalists} finalists).`}
        {byDoubt && doubtCount > suggestedCount
          ? ` ${doubtCount} entries are in doubt; to keep the extra sheets within ${Math.round(SECOND_LOOK_BUDGET * 100)}% of those already scored, the ${suggestedCount} most uncertain (a chance nearest 50%) are ticked. You may tick more.`
          : null}
      </p>
      <Form method="get" noValidate>
        <input type="hidden" name="preview" value="1" />
        <Checkboxes name="entry" legend="Entries for a second look, by current rank" error={errors.entry} checked={new Set(chosen)} options={rows} />
        <TextInput name="extra" label="Extra score sheets per entry" hint={`From 1 to ${MAX_EXTRA_SHEETS}`} error={errors.extra} defaultValue={extraText} width={10} autoComplete="off" />
        <Button variant="secondary">Preview the second look</Button>
      </Form>
      {preview ? (
        <>
          <h2 id="preview" tabIndex={-1}>
            Preview
          </h2>
          <p>
            This adds {preview.added} score {preview.added === 1 ? "sheet" : "sheets"} ({extra} per entry): {preview.percent.toFixed(1)}% more than the {preview.assignedBefore} sheets assigned so far.
          </p>
          {preview.problems.length > 0 ? (
            <Warning title={preview.overridable ? "This second look bends the load rule" : "The second look cannot be made by the rules"}>
              {preview.problems.map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </Warning>
          ) : null}
          <Table
            caption="New judges for each entry"
            rows={preview.byEntry}
            rowKey={(row) => row.code}
            columns={[
              { header: "Entry", rowHeader: true, cell: (row) => <code>{row.code}</code> },
              { header: "New judges", cell: (row) => (row.judges.length ? row.judges.join(", ") : "None") },
            ]}
          />
          {preview.problems.length === 0 || preview.overridable ? (
            <Form method="post" noValidate>
              {chosen.map((id) => (
                <input key={id} type="hidden" name="entry" value={id} />
              ))}
              <input type="hidden" name="extra" value={extra} />
              {preview.overridable ? (
                <>
                  <input type="hidden" name="override" value="yes" />
                  <Textarea name="overrideReason" label="Reason for bending the load rule" hint="Recorded in the audit log" error={actionData?.errors.overrideReason} defaultValue={actionData?.values.overrideReason} rows={3} />
                </>
              ) : null}
              <Button>Confirm the second look</Button>
            </Form>
          ) : null}
        </>
      ) : null}
    </>
  );
}
