// One award cycle: its stage and the move to the next (refused, with the rule's reason, when the
// stage rules do not allow it now), its dates in UK time, its criteria and entry form, and deadline
// extensions for one organisation or for everyone (entrants with drafts are told by e-mail).
// Each form on the page has its section beside this file and its action function in actions.server.ts.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { ErrorSummary, NoticeSuccessBanner, type FieldErrors } from "~/components/forms";
import { Caption } from "~/components/nhsuk";
import type { CycleCriterion } from "../../../db/schema";
import { criteriaEditable, effectiveDeadline, finalCriteriaEditable, STAGE_LABELS, STAGES, type Stage } from "~/domain/stages";
import { formatUkDateTime, formatUkDeadline, ukDateTimeValues } from "~/domain/uk-time";
import { criterionOpened, cycleDatesOpened, EXTENDABLE_STAGES, listCriteria, listExtensions, listSections, sectionOpened } from "~/models/cycles.server";
import { organisationChoices } from "~/models/organisations.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { CYCLE_DATE_FIELDS } from "~/request/cycle-forms.server";
import { readForm } from "~/request/forms.server";
import { byIntent } from "~/request/intent.server";
import { chooseFinalCriteria, extend, moveStage, saveCriterion, saveDates, saveSection } from "./actions.server";
import { CriteriaSection } from "./criteria-section";
import { DatesSection } from "./dates-section";
import { EntryFormSection } from "./entry-form-section";
import { ExtensionsSection } from "./extensions-section";
import { CYCLE_INTENTS } from "./form.server";
import { cycleNotices } from "./notices.server";
import { StageSection } from "./stage-section";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: adminTitle(data ? `Award cycle ${data.cycle.year}` : "Award cycle", "Award cycles") }];

function nextStage(stage: Stage): Stage | null {
  return STAGES[STAGES.indexOf(stage) + 1] ?? null;
}

function criterionView(c: CycleCriterion) {
  return {
    id: c.id,
    opened: criterionOpened(c),
    title: c.title,
    guidance: c.guidance,
    weight: c.weight,
    scale: `${c.scale_min} to ${c.scale_max}`,
    scaleMin: c.scale_min,
    scaleMax: c.scale_max,
    descriptors: JSON.parse(c.descriptors) as { score: number; text: string }[],
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycleId, db, cycle } = await requireAdminCycle(request, params);
  const [criteria, finalCriteria, sections, extensions, organisations] = await Promise.all([
    listCriteria(db, cycleId),
    listCriteria(db, cycleId, "final"),
    listSections(db, cycleId),
    listExtensions(db, cycleId),
    organisationChoices(db),
  ]);
  const dateValues: Record<string, string> = Object.assign({}, ...CYCLE_DATE_FIELDS.map((f) => ukDateTimeValues(f.key, cycle[f.key])));
  const next = nextStage(cycle.stage);
  const latest = effectiveDeadline(cycle, extensions.filter((e) => e.organisation_id === null), null);
  return {
    notice: cycleNotices.from(request),
    cycle: {
      id: cycle.id,
      year: cycle.year,
      stage: STAGE_LABELS[cycle.stage],
      next: next ? { value: next, label: STAGE_LABELS[next] } : null,
      canReopen: cycle.stage === "closed",
      canCloseNow: cycle.stage === "open",
      datesEditable: cycle.stage !== "archived",
      extendable: EXTENDABLE_STAGES.includes(cycle.stage),
      criteriaEditable: criteriaEditable(cycle),
      finalCriteria: cycle.final_criteria,
      finalCriteriaEditable: finalCriteriaEditable(cycle),
      deadline: latest ? formatUkDeadline(latest) : null,
    },
    dates: CYCLE_DATE_FIELDS.map((f) => ({ key: f.key, label: f.label, value: cycle[f.key] ? formatUkDeadline(cycle[f.key]!) : "Not set" })),
    dateFields: CYCLE_DATE_FIELDS,
    dateValues,
    datesOpened: cycleDatesOpened(cycle),
    criteria: criteria.map(criterionView),
    finalCriteria: cycle.final_criteria === "own" ? finalCriteria.map(criterionView) : [],
    sections: sections.map((s) => ({ id: s.id, opened: sectionOpened(s), title: s.title, guidance: s.guidance, wordLimit: s.word_limit })),
    extensions: extensions.map((e) => ({
      id: e.id,
      organisation: e.organisation_name ?? "Every organisation",
      newCloseAt: formatUkDeadline(e.new_close_at),
      reason: e.reason,
      createdAt: formatUkDateTime(e.created_at),
    })),
    organisations: organisations.map((o) => ({ value: String(o.id), label: o.name })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, db, cycle } = await requireAdminCycle(request, params);
  const formData = await readForm(request);
  const args = { formData, db, cycle, adminId: admin.id };
  return byIntent(formData, CYCLE_INTENTS, {
    move: () => moveStage(args),
    dates: () => saveDates(args),
    extend: () => extend(args),
    criterion: () => saveCriterion(args),
    section: () => saveSection(args),
    final_criteria: () => chooseFinalCriteria(args),
  });
}

// The date fields come from the loader: CYCLE_DATE_FIELDS lives in a .server module, which is empty in
// the browser (reading it here stopped the page's script from loading at all).
const fieldOrder = (dateKeys: readonly string[]) => ["form", "stage", ...dateKeys, "confirm_close", "organisation", "new_close", "reason"];

export default function AwardCycle() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors: FieldErrors | undefined = actionData && "errors" in actionData ? actionData.errors : undefined;
  const posted = { sent: actionData && "values" in actionData ? actionData.values : {}, errors };
  return (
    <>
      <AdminBreadcrumb trail={[{ href: "/admin/cycles", label: "Award cycles" }]} />
      <ErrorSummary errors={errors} order={fieldOrder(data.dateFields.map((f) => f.key))} />
      {!actionData && data.notice ? <NoticeSuccessBanner notice={data.notice} /> : null}
      <Caption>Award cycle</Caption>
      <h1>HPMA partnership award {data.cycle.year}</h1>
      <StageSection cycle={data.cycle} />
      <DatesSection data={data} posted={posted} leftOut={actionData && "leftOut" in actionData ? actionData.leftOut : undefined} />
      <ExtensionsSection data={data} posted={posted} />
      <CriteriaSection data={data} posted={posted} />
      <EntryFormSection data={data} posted={posted} />
    </>
  );
}
