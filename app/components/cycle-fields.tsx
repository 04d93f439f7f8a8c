// Fields of the award-cycle admin screens: a UK date and time under one legend, and the seven
// dates of a cycle. Dates are typed in the NHS date input's day / month / year boxes (not the
// browser's picker), with a 24-hour time beside them; one error per date, on every box of it.
import { FieldsetShell, type FieldErrors, type FormValues } from "./forms";

/**
 * A date-and-time in UK local time: `${name}_day`, `${name}_month`, `${name}_year` and
 * `${name}_time`; the day carries the id `name`, so the error summary's link lands on it.
 */
export function UkDateTimeInput({ name, legend, hint, error, values }: { name: string; legend: string; hint?: string; error?: string; values: FormValues }) {
  const parts = [
    { key: "day", id: name, label: "Day", width: 2 },
    { key: "month", id: `${name}-month`, label: "Month", width: 2 },
    { key: "year", id: `${name}-year`, label: "Year", width: 4 },
    { key: "time", id: `${name}-time`, label: "Time (UK)", width: 4 },
  ] as const;
  return (
    <FieldsetShell name={name} legend={legend} hint={hint} error={error} group>
      <div className="nhsuk-date-input">
        {parts.map((p) => (
          <div className="nhsuk-date-input__item" key={p.key}>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label nhsuk-date-input__label" htmlFor={p.id}>
                {p.label}
              </label>
              <input
                className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${p.width}${error ? " nhsuk-input--error" : ""}`}
                id={p.id}
                name={`${name}_${p.key}`}
                type="text"
                inputMode={p.key === "time" ? "text" : "numeric"}
                autoComplete="off"
                defaultValue={values[`${name}_${p.key}`]}
              />
            </div>
          </div>
        ))}
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
          hint={f.key === "nominations_close_at" ? "UK time, for example 13 5 2027 and 17:00" : f.key === "announcement_at" ? "UK time, for example 12 11 2027 and 19:00" : "UK time, for example 20 5 2027 and 09:00"}
          error={errors?.[f.key]}
          values={values}
        />
      ))}
    </>
  );
}
