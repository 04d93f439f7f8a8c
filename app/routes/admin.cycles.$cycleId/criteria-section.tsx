// The criteria of both rounds: each round's table, a form per criterion while they can change, and
// the choice between the first round's criteria and criteria of the final round's own.
import { Form } from "@remix-run/react";
import { Radios, Textarea, TextInput } from "~/components/forms";
import { IntentButton, Table } from "~/components/nhsuk";
import { descriptorsToText } from "~/domain/criteria";
import type { CyclePageData, Posted } from "./page-data";

type Criterion = CyclePageData["criteria"][number];

export function CriteriaSection({ data, posted }: { data: Pick<CyclePageData, "cycle" | "criteria" | "finalCriteria">; posted: Posted }) {
  const { cycle, criteria, finalCriteria } = data;
  return (
    <>
      <h2>Criteria</h2>
      <p>{cycle.criteriaEditable ? "The criteria can be changed until nominations open." : "The criteria are fixed now that nominations have opened."}</p>
      <CriteriaTable criteria={criteria} editable={cycle.criteriaEditable} caption="Criteria" changeLabel="Change the criteria" posted={posted} />

      <h2>Final round criteria</h2>
      <p>
        {cycle.finalCriteria === "own" ? "The final round is scored on criteria of its own." : "The final round is scored on the same criteria as the first round."}{" "}
        {cycle.finalCriteriaEditable ? "This can change until the final round begins." : "This is fixed now that the final round has begun."}
      </p>
      {cycle.finalCriteriaEditable ? (
        <Form method="post" noValidate>
          <Radios
            name="final_criteria"
            legend="The final round is scored on"
            error={posted.errors?.final_criteria}
            defaultValue={cycle.finalCriteria}
            options={[
              { value: "same", label: "The same criteria as the first round" },
              { value: "own", label: "Criteria of its own", hint: "They start as a copy of the first round's, to change below" },
            ]}
          />
          <IntentButton intent="final_criteria" variant="secondary">
            Save the final round's criteria
          </IntentButton>
        </Form>
      ) : null}
      {finalCriteria.length ? (
        <CriteriaTable criteria={finalCriteria} editable={cycle.finalCriteriaEditable} caption="Final round criteria" changeLabel="Change the final round's criteria" posted={posted} />
      ) : null}
    </>
  );
}

/** A round's criteria as a table, with a form per criterion while they can change. */
function CriteriaTable({ criteria, editable, caption, changeLabel, posted }: { criteria: Criterion[]; editable: boolean; caption: string; changeLabel: string; posted: Posted }) {
  const { sent } = posted;
  return (
    <>
      <Table
        caption={caption}
        rows={criteria}
        rowKey={(c) => c.id}
        columns={[
          { header: "Criterion", cell: (c) => c.title, rowHeader: true },
          { header: "Guidance for entrants", cell: (c) => c.guidance },
          { header: "Weight", cell: (c) => c.weight },
          { header: "Score scale", cell: (c) => c.scale },
          {
            header: "What scores look like",
            cell: (c) => (
              <ul className="nhsuk-list">
                {c.descriptors.map((d) => (
                  <li key={d.score}>
                    <strong>{d.score}</strong>: {d.text}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
      {editable ? (
        <details className="nhsuk-details" open={sent.intent === "criterion" && criteria.some((c) => String(c.id) === sent.criterion_id)}>
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">{changeLabel}</span>
          </summary>
          <div className="nhsuk-details__text">
            {criteria.map((c) => (
              <CriterionForm key={c.id} criterion={c} posted={posted} />
            ))}
          </div>
        </details>
      ) : null}
    </>
  );
}

function CriterionForm({ criterion: c, posted: { sent, errors } }: { criterion: Criterion; posted: Posted }) {
  const prefix = `criterion-${c.id}-`;
  const field = (name: string, saved: string) => ({ name: `${prefix}${name}`, error: errors?.[`${prefix}${name}`], defaultValue: sent[`${prefix}${name}`] ?? saved });
  return (
    <Form method="post" noValidate className="nhsuk-u-margin-bottom-6">
      <input type="hidden" name="criterion_id" value={c.id} />
      <input type="hidden" name={`${prefix}opened`} value={sent[`${prefix}opened`] ?? c.opened} />
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{c.title}</legend>
        <TextInput {...field("title", c.title)} label="Title" autoComplete="off" />
        <Textarea {...field("guidance", c.guidance)} label="Guidance for entrants" rows={3} />
        <TextInput {...field("weight", String(c.weight))} label="Weight" hint="How much this criterion counts, such as 1" width={10} autoComplete="off" />
        <TextInput {...field("scale_min", String(c.scaleMin))} label="Lowest score" width={10} autoComplete="off" />
        <TextInput {...field("scale_max", String(c.scaleMax))} label="Highest score" width={10} autoComplete="off" />
        <Textarea
          {...field("descriptors", descriptorsToText(c.descriptors))}
          label="What scores look like, for judges"
          hint="One score a line: the score, a colon, and what an entry given that score looks like, like 5: Trade unions shaped parts of the work"
          rows={4}
        />
      </fieldset>
      <IntentButton intent="criterion" variant="secondary">
        Save this criterion
      </IntentButton>
    </Form>
  );
}
