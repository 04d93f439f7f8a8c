// One award cycle: its stage and the move to the next (refused, with the rule's reason, when the
// stage rules do not allow it now), its dates in UK time, its criteria and entry form, and deadline
// extensions for one organisation or for everyone (entrants with drafts are told by e-mail).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { Tag } from "~/components/nhsuk";
import { CycleDateFields, UkDateTimeInput } from "~/components/cycle-fields";
import { Button, ErrorSummary, Radios, Select, SuccessBanner, Textarea, TextInput, type FieldErrors, type FormValues } from "~/components/forms";
import type { CycleCriterion } from "../../db/schema";
import { descriptorsFromText, descriptorsToText } from "~/domain/criteria";
import { criteriaEditable, effectiveDeadline, finalCriteriaEditable, STAGE_LABELS, STAGES, type Stage } from "~/domain/stages";
import { formatUkDeadline, utcToUk } from "~/domain/uk-time";
import { entrantsWithDrafts } from "~/models/admin-nominations.server";
import {
  deadlineFor,
  extendDeadline,
  criterionRound,
  listCriteria,
  listExtensions,
  listSections,
  moveCycleStage,
  setFinalCriteria,
  updateCriterion,
  updateCycleDates,
  updateSection,
} from "~/models/cycles.server";
import { getOrganisation, organisationChoices } from "~/models/organisations.server";
import { requireAdminCycle } from "~/request/admin-cycle.server";
import { sendDeadlineExtended } from "~/emails/cycle-emails.server";
import {
  CriterionEditSchema,
  CYCLE_DATE_FIELDS,
  CycleBannerSchema,
  CycleDatesSchema,
  CycleIntentSchema,
  ExtendDeadlineSchema,
  FinalCriteriaSchema,
  MoveStageSchema,
  prefixed,
  SectionEditSchema,
  unprefixed,
} from "~/request/cycle-forms.server";
import { formatUkDateTime } from "~/domain/uk-time";
import { formValues, invalid, parseForm, readForm } from "~/request/forms.server";
import { notFound } from "~/request/permissions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: adminTitle(data ? `Award cycle ${data.cycle.year}` : "Award cycle", "Award cycles") }];

/** Deadlines move only while entrants could still be working: nominations open, or just closed. */
const EXTENDABLE: readonly Stage[] = ["open", "closed"];

function nextStage(stage: Stage): Stage | null {
  return STAGES[STAGES.indexOf(stage) + 1] ?? null;
}

function criterionView(c: CycleCriterion) {
  return {
    id: c.id,
    title: c.title,
    guidance: c.guidance,
    weight: c.weight,
    scale: `${c.scale_min} to ${c.scale_max}`,
    scaleMin: c.scale_min,
    scaleMax: c.scale_max,
    descriptors: JSON.parse(c.descriptors) as { score: number; text: string }[],
  };
}

type CriterionView = ReturnType<typeof criterionView>;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cycleId, db, cycle } = await requireAdminCycle(request, params);
  const [criteria, finalCriteria, sections, extensions, organisations] = await Promise.all([
    listCriteria(db, cycleId),
    listCriteria(db, cycleId, "final"),
    listSections(db, cycleId),
    listExtensions(db, cycleId),
    organisationChoices(db),
  ]);
  const dateValues: Record<string, string> = {};
  for (const f of CYCLE_DATE_FIELDS) {
    const iso = cycle[f.key];
    const uk = iso ? utcToUk(iso) : { date: "", time: "" };
    dateValues[`${f.key}_date`] = uk.date;
    dateValues[`${f.key}_time`] = uk.time;
  }
  const next = nextStage(cycle.stage);
  const latest = effectiveDeadline(cycle, extensions.filter((e) => e.organisation_id === null), null);
  return {
    banner: CycleBannerSchema.parse(Object.fromEntries(new URL(request.url).searchParams)),
    cycle: {
      id: cycle.id,
      year: cycle.year,
      stage: STAGE_LABELS[cycle.stage],
      next: next ? { value: next, label: STAGE_LABELS[next] } : null,
      canReopen: cycle.stage === "closed",
      datesEditable: cycle.stage !== "archived",
      extendable: EXTENDABLE.includes(cycle.stage),
      criteriaEditable: criteriaEditable(cycle),
      finalCriteria: cycle.final_criteria,
      finalCriteriaEditable: finalCriteriaEditable(cycle),
      deadline: latest ? formatUkDeadline(latest) : null,
    },
    dates: CYCLE_DATE_FIELDS.map((f) => ({ key: f.key, label: f.label, value: cycle[f.key] ? formatUkDeadline(cycle[f.key]!) : "Not set" })),
    dateFields: CYCLE_DATE_FIELDS,
    dateValues,
    criteria: criteria.map(criterionView),
    finalCriteria: cycle.final_criteria === "own" ? finalCriteria.map(criterionView) : [],
    sections: sections.map((s) => ({ id: s.id, title: s.title, guidance: s.guidance, wordLimit: s.word_limit })),
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
  const { admin, cycleId, db, cycle } = await requireAdminCycle(request, params);
  const formData = await readForm(request);
  const values = formValues(formData);
  const intent = CycleIntentSchema.safeParse(formData.get("intent"));
  if (!intent.success) return invalid({ errors: { form: "Choose what to do" }, values });

  if (intent.data === "move") {
    const parsed = parseForm(MoveStageSchema, formData);
    if (!parsed.ok) return invalid({ errors: { stage: parsed.errors.to ?? "Choose the stage to move to" }, values });
    const moved = await moveCycleStage(db, { cycleId, to: parsed.data.to, actorUserId: admin.id });
    if (!moved.ok) return invalid({ errors: { stage: moved.problem }, values });
    return redirect(`/admin/cycles/${cycleId}?saved=moved`);
  }

  if (intent.data === "dates") {
    if (cycle.stage === "archived") return invalid({ errors: { form: "The dates of an archived cycle cannot be changed" }, values });
    const parsed = parseForm(CycleDatesSchema, formData);
    if (!parsed.ok) return invalid(parsed);
    await updateCycleDates(db, cycleId, parsed.data, admin.id);
    return redirect(`/admin/cycles/${cycleId}?saved=dates`);
  }

  if (intent.data === "final_criteria") {
    if (!finalCriteriaEditable(cycle)) return invalid({ errors: { final_criteria: "The final round's criteria can no longer change: the final round has begun" }, values });
    const parsed = parseForm(FinalCriteriaSchema, formData);
    if (!parsed.ok) return invalid(parsed);
    await setFinalCriteria(db, { cycleId, mode: parsed.data.final_criteria }, admin.id);
    return redirect(`/admin/cycles/${cycleId}?saved=final_criteria`);
  }

  if (intent.data === "criterion" || intent.data === "section") {
    // The final round's own criteria stay editable until the final round begins; the rest, while in draft.
    const round = intent.data === "criterion" ? await criterionRound(db, { cycleId, criterionId: Number(formData.get("criterion_id")) }) : "first";
    const editable = round === "final" ? finalCriteriaEditable(cycle) : criteriaEditable(cycle);
    if (!editable) {
      return invalid({ errors: { form: round === "final" ? "The final round's criteria can no longer change: the final round has begun" : "The criteria and entry form can be changed only while the cycle is in draft" }, values });
    }
    const idField = `${intent.data}_id`;
    const rawId = String(formData.get(idField) ?? "");
    const prefix = `${intent.data}-${rawId}-`;
    const item = unprefixed(formData, prefix);
    item.set(idField, rawId);
    if (intent.data === "criterion") {
      const parsed = parseForm(CriterionEditSchema, item);
      if (!parsed.ok) return invalid({ errors: prefixed(parsed.errors, prefix), values });
      const { criterion_id: criterionId, title, guidance, weight, scale_min: scaleMin, scale_max: scaleMax } = parsed.data;
      if (scaleMin >= scaleMax) return invalid({ errors: { [`${prefix}scale_max`]: "The highest score must be more than the lowest" }, values });
      const read = descriptorsFromText(parsed.data.descriptors, scaleMin, scaleMax);
      if (!read.ok) return invalid({ errors: { [`${prefix}descriptors`]: read.problem }, values });
      if (!(await updateCriterion(db, { cycleId, criterionId, title, guidance, weight, scaleMin, scaleMax, descriptors: read.descriptors }, admin.id))) notFound();
    } else {
      const parsed = parseForm(SectionEditSchema, item);
      if (!parsed.ok) return invalid({ errors: prefixed(parsed.errors, prefix), values });
      const { section_id: sectionId, title, guidance, word_limit: wordLimit } = parsed.data;
      if (!(await updateSection(db, { cycleId, sectionId, title, guidance, wordLimit }, admin.id))) notFound();
    }
    return redirect(`/admin/cycles/${cycleId}?saved=${intent.data}`);
  }

  const parsed = parseForm(ExtendDeadlineSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const { organisationId, newCloseAt, reason } = parsed.data;
  if (!EXTENDABLE.includes(cycle.stage)) {
    return invalid({ errors: { new_close: "Deadlines can be extended only while nominations are open or have just closed" }, values });
  }
  if (organisationId !== null && !(await getOrganisation(db, organisationId))) {
    return invalid({ errors: { organisation: "Select who the extension is for" }, values });
  }
  const current = await deadlineFor(db, cycle, organisationId);
  if (current && newCloseAt <= current) {
    return invalid({ errors: { new_close: `The new deadline must be later than the current one, ${formatUkDeadline(current)}` }, values });
  }
  if (newCloseAt <= new Date().toISOString()) return invalid({ errors: { new_close: "The new deadline must be in the future" }, values });
  await extendDeadline(db, { cycleId, organisationId, newCloseAt, reason, actorUserId: admin.id });
  let emailed = 0;
  if (organisationId === null) emailed = await sendDeadlineExtended(await entrantsWithDrafts(db, cycleId), { year: cycle.year, newCloseAt, reason });
  return redirect(`/admin/cycles/${cycleId}?saved=extended${organisationId === null ? `&emailed=${emailed}` : ""}`);
}

const FIELD_ORDER = ["form", "stage", ...CYCLE_DATE_FIELDS.map((f) => f.key), "organisation", "new_close", "reason"];

const BANNERS = {
  created: "The award cycle has been created in draft",
  moved: "The cycle has moved to its new stage",
  dates: "The dates have been saved",
  extended: "The deadline has been extended",
  criterion: "The criterion has been saved",
  section: "The section of the entry form has been saved",
  final_criteria: "The final round's criteria have been chosen",
} as const;

function IntentField({ intent }: { intent: string }) {
  return <input type="hidden" name="intent" value={intent} />;
}

export default function AwardCycle() {
  const { banner, cycle, dates, dateFields, dateValues, criteria, finalCriteria, sections, extensions, organisations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors: FieldErrors | undefined = actionData?.errors;
  const sent: FormValues = actionData?.values ?? {};
  const valuesFor = (intent: string, fallback: FormValues) => (sent.intent === intent ? sent : fallback);
  return (
    <>
      <AdminBreadcrumb trail={[{ href: "/admin/cycles", label: "Award cycles" }]} />
      <ErrorSummary errors={errors} order={FIELD_ORDER} />
      {!actionData && banner.saved ? (
        <SuccessBanner title={BANNERS[banner.saved]}>
          {banner.saved === "extended" && banner.emailed !== undefined ? (
            <p>{banner.emailed === 1 ? "1 entrant with a draft nomination was told by email." : `${banner.emailed} entrants with draft nominations were told by email.`}</p>
          ) : null}
        </SuccessBanner>
      ) : null}
      <span className="nhsuk-caption-l">Award cycle</span>
      <h1>HPMA partnership award {cycle.year}</h1>

      <h2 id="stage" tabIndex={-1}>
        Stage
      </h2>
      <p>
        This cycle is <Tag colour="blue">{cycle.stage}</Tag>
      </p>
      {cycle.deadline ? <p>Nominations close at {cycle.deadline} (UK time), including any extension for everyone.</p> : null}
      <div className="nhsuk-u-margin-bottom-6">
        {cycle.next ? (
          <Form method="post" style={{ display: "inline-block", marginRight: "1rem" }}>
            <IntentField intent="move" />
            <input type="hidden" name="to" value={cycle.next.value} />
            <Button>Move to {cycle.next.label.toLowerCase()}</Button>
          </Form>
        ) : null}
        {cycle.canReopen ? (
          <Form method="post" style={{ display: "inline-block" }}>
            <IntentField intent="move" />
            <input type="hidden" name="to" value="open" />
            <Button variant="secondary">Reopen nominations</Button>
          </Form>
        ) : null}
      </div>
      <p>
        <a href={`/admin/cycles/${cycle.id}/nominations`}>See the nominations of {cycle.year}</a>
      </p>
      <p>
        <a href={`/admin/cycles/${cycle.id}/judging`}>Judging {cycle.year}: prepare and release entries, assign judges, follow progress</a>
      </p>
      <p>
        <a href={`/admin/cycles/${cycle.id}/results`}>Results {cycle.year}: scores, normalised ranking and downloads</a>
      </p>
      <p>
        <a href={`/admin/cycles/${cycle.id}/shortlist`}>Shortlist {cycle.year}: choose and confirm the finalists</a>
      </p>
      <p>
        <a href={`/admin/cycles/${cycle.id}/final`}>Final round and announcement {cycle.year}: panel, decisions, case studies, publication</a>
      </p>

      <h2>Dates</h2>
      <dl className="nhsuk-summary-list">
        {dates.map((d) => (
          <div className="nhsuk-summary-list__row" key={d.key}>
            <dt className="nhsuk-summary-list__key">{d.label}</dt>
            <dd className="nhsuk-summary-list__value">{d.value}</dd>
          </div>
        ))}
      </dl>
      {cycle.datesEditable ? (
        <details className="nhsuk-details" open={sent.intent === "dates"}>
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Change the dates</span>
          </summary>
          <div className="nhsuk-details__text">
            <Form method="post" noValidate>
              <IntentField intent="dates" />
              <p>All dates and times are UK time (GMT or BST, whichever is in force on the day).</p>
              <CycleDateFields fields={dateFields} values={valuesFor("dates", dateValues)} errors={sent.intent === "dates" ? errors : undefined} />
              <Button>Save dates</Button>
            </Form>
          </div>
        </details>
      ) : null}

      <h2>Deadline extensions</h2>
      {extensions.length === 0 ? (
        <p>No deadline has been extended.</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Deadline extensions</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">For</th>
              <th scope="col">New deadline (UK time)</th>
              <th scope="col">Reason</th>
              <th scope="col">Given</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {extensions.map((e) => (
              <tr key={e.id}>
                <td>{e.organisation}</td>
                <td>{e.newCloseAt}</td>
                <td>{e.reason}</td>
                <td>{e.createdAt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cycle.extendable ? (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <h3>Extend the deadline</h3>
            <Form method="post" noValidate>
              <IntentField intent="extend" />
              <Select
                name="organisation"
                label="Extend the deadline for"
                hint="Everyone, or one organisation. Entrants with drafts are told by email when it is for everyone."
                error={sent.intent === "extend" ? errors?.organisation : undefined}
                defaultValue={valuesFor("extend", { organisation: "all" }).organisation}
                options={[{ value: "all", label: "Every organisation" }, ...organisations]}
              />
              <UkDateTimeInput
                name="new_close"
                legend="New deadline"
                hint="UK time, for example 20 May at 17:00"
                error={sent.intent === "extend" ? errors?.new_close : undefined}
                values={valuesFor("extend", {})}
              />
              <Textarea
                name="reason"
                label="Reason"
                hint="Recorded with the extension, such as an IT outage at the trust"
                error={sent.intent === "extend" ? errors?.reason : undefined}
                defaultValue={valuesFor("extend", {}).reason}
                rows={3}
              />
              <Button>Extend the deadline</Button>
            </Form>
          </div>
        </div>
      ) : (
        <p>Deadlines can be extended while nominations are open or have just closed.</p>
      )}

      <h2>Criteria</h2>
      <p>{cycle.criteriaEditable ? "The criteria can be changed until nominations open." : "The criteria are fixed now that nominations have opened."}</p>
      <CriteriaTable criteria={criteria} editable={cycle.criteriaEditable} caption="Criteria" changeLabel="Change the criteria" sent={sent} errors={errors} />

      <h2>Final round criteria</h2>
      <p>
        {cycle.finalCriteria === "own" ? "The final round is scored on criteria of its own." : "The final round is scored on the same criteria as the first round."}{" "}
        {cycle.finalCriteriaEditable ? "This can change until the final round begins." : "This is fixed now that the final round has begun."}
      </p>
      {cycle.finalCriteriaEditable ? (
        <Form method="post" noValidate>
          <IntentField intent="final_criteria" />
          <Radios
            name="final_criteria"
            legend="The final round is scored on"
            error={errors?.final_criteria}
            defaultValue={cycle.finalCriteria}
            options={[
              { value: "same", label: "The same criteria as the first round" },
              { value: "own", label: "Criteria of its own", hint: "They start as a copy of the first round's, to change below" },
            ]}
          />
          <Button variant="secondary">Save the final round's criteria</Button>
        </Form>
      ) : null}
      {finalCriteria.length ? (
        <CriteriaTable criteria={finalCriteria} editable={cycle.finalCriteriaEditable} caption="Final round criteria" changeLabel="Change the final round's criteria" sent={sent} errors={errors} />
      ) : null}

      <h2>Entry form</h2>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Sections of the entry form</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Section</th>
            <th scope="col">Guidance</th>
            <th scope="col">Word limit</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {sections.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.title}</th>
              <td>{s.guidance}</td>
              <td>{s.wordLimit === null ? "None" : s.wordLimit.toLocaleString("en-GB")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {cycle.criteriaEditable ? (
        <details className="nhsuk-details" open={sent.intent === "section"}>
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Change the entry form</span>
          </summary>
          <div className="nhsuk-details__text">
            {sections.map((sec) => {
              const prefix = `section-${sec.id}-`;
              return (
                <Form method="post" noValidate key={sec.id} className="nhsuk-u-margin-bottom-6">
                  <IntentField intent="section" />
                  <input type="hidden" name="section_id" value={sec.id} />
                  <fieldset className="nhsuk-fieldset">
                    <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{sec.title}</legend>
                    <TextInput name={`${prefix}title`} label="Title" error={errors?.[`${prefix}title`]} defaultValue={sent[`${prefix}title`] ?? sec.title} autoComplete="off" />
                    <Textarea name={`${prefix}guidance`} label="Guidance for entrants" error={errors?.[`${prefix}guidance`]} defaultValue={sent[`${prefix}guidance`] ?? sec.guidance} rows={3} />
                    <TextInput
                      name={`${prefix}word_limit`}
                      label="Word limit (optional)"
                      hint="Leave empty for no limit"
                      error={errors?.[`${prefix}word_limit`]}
                      defaultValue={sent[`${prefix}word_limit`] ?? (sec.wordLimit === null ? "" : String(sec.wordLimit))}
                      width={10}
                      autoComplete="off"
                    />
                  </fieldset>
                  <Button variant="secondary">Save this section</Button>
                </Form>
              );
            })}
          </div>
        </details>
      ) : null}
    </>
  );
}

/** A round's criteria as a table, with a form per criterion while they can change. */
function CriteriaTable({
  criteria,
  editable,
  caption,
  changeLabel,
  sent,
  errors,
}: {
  criteria: CriterionView[];
  editable: boolean;
  caption: string;
  changeLabel: string;
  sent: FormValues;
  errors: FieldErrors | undefined;
}) {
  return (
    <>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Guidance for entrants</th>
            <th scope="col">Weight</th>
            <th scope="col">Score scale</th>
            <th scope="col">What scores look like</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {criteria.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.title}</th>
              <td>{c.guidance}</td>
              <td>{c.weight}</td>
              <td>{c.scale}</td>
              <td>
                <ul className="nhsuk-list">
                  {c.descriptors.map((d) => (
                    <li key={d.score}>
                      <strong>{d.score}</strong>: {d.text}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {editable ? (
        <details className="nhsuk-details" open={sent.intent === "criterion" && criteria.some((c) => String(c.id) === sent.criterion_id)}>
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">{changeLabel}</span>
          </summary>
          <div className="nhsuk-details__text">
            {criteria.map((c) => {
              const prefix = `criterion-${c.id}-`;
              return (
                <Form method="post" noValidate key={c.id} className="nhsuk-u-margin-bottom-6">
                  <IntentField intent="criterion" />
                  <input type="hidden" name="criterion_id" value={c.id} />
                  <fieldset className="nhsuk-fieldset">
                    <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{c.title}</legend>
                    <TextInput name={`${prefix}title`} label="Title" error={errors?.[`${prefix}title`]} defaultValue={sent[`${prefix}title`] ?? c.title} autoComplete="off" />
                    <Textarea name={`${prefix}guidance`} label="Guidance for entrants" error={errors?.[`${prefix}guidance`]} defaultValue={sent[`${prefix}guidance`] ?? c.guidance} rows={3} />
                    <TextInput name={`${prefix}weight`} label="Weight" hint="How much this criterion counts, such as 1" error={errors?.[`${prefix}weight`]} defaultValue={sent[`${prefix}weight`] ?? String(c.weight)} width={10} autoComplete="off" />
                    <TextInput name={`${prefix}scale_min`} label="Lowest score" error={errors?.[`${prefix}scale_min`]} defaultValue={sent[`${prefix}scale_min`] ?? String(c.scaleMin)} width={10} autoComplete="off" />
                    <TextInput name={`${prefix}scale_max`} label="Highest score" error={errors?.[`${prefix}scale_max`]} defaultValue={sent[`${prefix}scale_max`] ?? String(c.scaleMax)} width={10} autoComplete="off" />
                    <Textarea
                      name={`${prefix}descriptors`}
                      label="What scores look like, for judges"
                      hint="One score a line: the score, a colon, and what an entry given that score looks like, like 5: Trade unions shaped parts of the work"
                      error={errors?.[`${prefix}descriptors`]}
                      defaultValue={sent[`${prefix}descriptors`] ?? descriptorsToText(c.descriptors)}
                      rows={4}
                    />
                  </fieldset>
                  <Button variant="secondary">Save this criterion</Button>
                </Form>
              );
            })}
          </div>
        </details>
      ) : null}

    </>
  );
}
