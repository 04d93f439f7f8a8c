// Changes by hand: moving one assignment (the load rule may be overridden with a reason, conflicts and
// the side rule never) and bringing in a judge who joined late.
import { Form } from "@remix-run/react";
import { Button, Select, Textarea } from "~/components/forms";
import { TwoThirds } from "~/components/nhsuk";

type Option = { value: string; label: string };

export function HandForms({
  liveCount,
  judges,
  entryOptions,
  errors,
  moveValues,
  lateJudgeId,
  overridable,
}: {
  liveCount: number;
  judges: Option[];
  entryOptions: Option[];
  errors: Partial<Record<string, string>>;
  moveValues: Partial<Record<string, string>>;
  lateJudgeId: string | undefined;
  overridable: boolean;
}) {
  return (
    <>
    {liveCount > 0 ? (
      <TwoThirds>
        <h2 id="move" tabIndex={-1}>
          Move one assignment
        </h2>
        <p>A judge who has submitted their score sheet for an entry cannot be moved off it. Conflicts of interest and the side rule cannot be overridden.</p>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="move" />
          <Select name="entryId" label="Entry" placeholder="Select the entry" options={entryOptions} error={errors.entryId} defaultValue={moveValues.entryId} />
          <Select name="fromJudgeId" label="Move it from" placeholder="Select a judge" options={judges} error={errors.fromJudgeId} defaultValue={moveValues.fromJudgeId} />
          <Select name="toJudgeId" label="Move it to" placeholder="Select a judge" options={judges} error={errors.toJudgeId} defaultValue={moveValues.toJudgeId} />
          <Textarea name="reason" label="Reason for the move" hint="Recorded with the assignment and in the audit log" error={errors.reason} defaultValue={moveValues.reason} rows={3} />
          {overridable ? (
            <div className="nhsuk-form-group">
              <div className="nhsuk-checkboxes">
                <div className="nhsuk-checkboxes__item">
                  <input className="nhsuk-checkboxes__input" id="override" name="override" type="checkbox" value="yes" aria-describedby="override-hint" />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="override">
                    Override the load balance rule
                  </label>
                  <div className="nhsuk-hint nhsuk-checkboxes__hint" id="override-hint">
                    The loads will be further apart than the rule allows. Your reason is recorded.
                  </div>
                </div>
              </div>
            </div>
          ) : null}
          <Button variant="secondary">Move the assignment</Button>
        </Form>

        <h2 id="late" tabIndex={-1}>
          Add a late judge
        </h2>
        <p>
          A judge who joins after the assignment takes over entries whose score sheets are not started, from the busiest judges, as long as every rule still
          holds.
        </p>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="late" />
          <Select
            name="lateJudgeId"
            label="Judge joining"
            placeholder="Select a judge"
            options={judges}
            error={errors.lateJudgeId}
            defaultValue={lateJudgeId}
          />
          <Button variant="secondary">Add the judge</Button>
        </Form>
      </TwoThirds>
    ) : null}    </>
  );
}
