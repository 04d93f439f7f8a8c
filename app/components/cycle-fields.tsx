// Fields of the award-cycle admin screens: a UK date and time under one legend, and the seven
// dates of a cycle. The browser's own date and time pickers, labelled, with one error per date.
import { FieldsetShell, type FieldErrors, type FormValues } from "./forms";

/** A date-and-time pair in UK local time: `${name}_date` and `${name}_time`; the date carries the id. */
export function UkDateTimeInput({ name, legend, hint, error, values }: { name: string; legend: string; hint?: string; error?: string; values: FormValues }) {
  return (
    <FieldsetShell name={name} legend={legend} hint={hint} error={error} group>
        <div className="nhsuk-date-input">
          <div className="nhsuk-date-input__item">
            <div className="nhsuk-form-group">
              <label className="nhsuk-label nhsuk-date-input__label" htmlFor={name}>
                Date
              </label>
              <input
                className={`nhsuk-input nhsuk-date-input__input${error ? " nhsuk-input--error" : ""}`}
                id={name}
                name={`${name}_date`}
                type="date"
                defaultValue={values[`${name}_date`]}
              />
            </div>
          </div>
          <div className="nhsuk-date-input__item">
            <div className="nhsuk-form-group">
              <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${name}-time`}>
                Time (UK)
              </label>
              <input
                className={`nhsuk-input nhsuk-date-input__input${error ? " nhsuk-input--error" : ""}`}
                id={`${name}-time`}
                name={`${name}_time`}
                type="time"
                defaultValue={values[`${name}_time`]}
              />
            </div>
          </div>
        </div>
    </FieldsetShell>
  );
}

export type CycleDateField = { key: string; label: string; required: boolean };

/** The cycle's seven dates, in the order they happen. */
export function CycleDateFields({ fields, values, errors }: { fields: readonly CycleDateField[]; values: FormValues; errors?: FieldErrors }) {
  return (
    <>
      {fields.map((f) => (
        <UkDateTimeInput
          key={f.key}
          name={f.key}
          legend={f.required ? f.label : `${f.label} (optional)`}
          hint={f.key === "nominations_close_at" ? "UK time, for example 13 May at 17:00" : f.key === "announcement_at" ? "UK time, for example 12 November at 19:00" : undefined}
          error={errors?.[f.key]}
          values={values}
        />
      ))}
    </>
  );
}
