// The fields of an archive entry and of an award year, shared by the add and edit pages and a finalist's
// case-study form so they cannot drift apart, and the NHS date input the ceremony date is typed in.
import type { ReactNode } from "react";
import { ARCHIVE_RESULTS } from "~/domain/vocabulary";
import { CASE_STUDY_SECTIONS, RESULT_LABELS, type ArchiveEntryFields as EntryFields } from "~/domain/archive";
import { isSourceLink, MAX_THEME_LENGTH, MAX_THEMES } from "~/domain/archive-rules";
import { ORGANISATION_TYPE_OPTIONS, REGION_OPTIONS } from "./organisation-fields";
import { FieldsetShell, Radios, Select, Textarea, TextInput, type FieldErrors, type FormValues } from "./forms";

/** The entry's fields in page order, for sorting the error summary to match. */
export const ENTRY_FIELD_ORDER = [
  "year",
  "result",
  "organisation_name",
  "title",
  "summary",
  "region",
  "organisation_type",
  "themes",
  ...CASE_STUDY_SECTIONS.map((s) => s.key),
  "source_note",
  "source_url",
  "note",
];

/** An entry's fields as the form's values (themes one a line, and an empty note). */
export function entryFormValues(fields: EntryFields): Record<string, string> {
  const values: Record<string, string> = {
    year: String(fields.year),
    result: fields.result,
    organisation_name: fields.organisation_name,
    title: fields.title ?? "",
    summary: fields.summary ?? "",
    region: fields.region ?? "",
    organisation_type: fields.organisation_type ?? "",
    themes: fields.themes.join("\n"),
    source_note: fields.source_note ?? "",
    source_url: fields.source_url ?? "",
    note: "",
  };
  for (const s of CASE_STUDY_SECTIONS) values[s.key] = fields[s.key] ?? "";
  return values;
}

export const YEAR_FIELD_ORDER = ["ceremony_date", "ceremony_place", "notes", "source_note", "source_url"];

const RESULT_OPTIONS = ARCHIVE_RESULTS.map((r) => ({ value: r, label: RESULT_LABELS[r] }));

function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="nhsuk-fieldset nhsuk-u-margin-bottom-6">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h2 className="nhsuk-fieldset__heading">{legend}</h2>
      </legend>
      {children}
    </fieldset>
  );
}

/** Where a claim comes from: every entry and every year's details need a note, a link or both. */
function SourceFields({ values, errors, what, noteHint }: { values: FormValues; errors?: FieldErrors; what: string; noteHint?: string }) {
  return (
    <Fieldset legend="Source">
      <p className="nhsuk-hint">The archive holds nothing unsourced: say where {what} comes from with a note, a link, or both.</p>
      <Textarea
        name="source_note"
        label="Where this comes from"
        hint={noteHint}
        error={errors?.source_note}
        defaultValue={values.source_note}
        rows={2}
      />
      <TextInput
        name="source_url"
        label="Link to the source (optional if there is a note)"
        hint="A full web address, starting with https://"
        error={errors?.source_url}
        defaultValue={values.source_url}
        type="url"
        autoComplete="off"
        spellCheck={false}
      />
    </Fieldset>
  );
}

/**
 * An archive entry's fields. `caseStudy`: a finalist's case study before publication, whose year and result follow
 * the cycle and the decisions and so are left out; it always has the note of what changed, and hints of its own.
 */
export function ArchiveEntryFields({
  values,
  errors,
  years = [],
  editing = false,
  caseStudy = false,
}: {
  values: FormValues;
  errors?: FieldErrors;
  years?: number[];
  editing?: boolean;
  caseStudy?: boolean;
}) {
  return (
    <>
      <Fieldset legend="The entry">
        {caseStudy ? null : (
          <>
            <Select
              name="year"
              label="Year"
              error={errors?.year}
              defaultValue={values.year}
              options={years.map((y) => ({ value: String(y), label: String(y) }))}
              placeholder="Select a year"
            />
            <Radios name="result" legend="Result" hint="A year has one winner" error={errors?.result} defaultValue={values.result} options={RESULT_OPTIONS} />
          </>
        )}
        <TextInput
          name="organisation_name"
          label="Organisation"
          hint={caseStudy ? "As it is to appear in the archive" : "As it was named when it entered, such as Mersey Care NHS Foundation Trust"}
          error={errors?.organisation_name}
          defaultValue={values.organisation_name}
          autoComplete="off"
        />
        <TextInput name="title" label="Initiative (optional)" hint="The name of the partnership work, up to 300 characters" error={errors?.title} defaultValue={values.title} autoComplete="off" />
        <Textarea name="summary" label="Summary (optional)" hint="A paragraph or two, up to 3,000 characters" error={errors?.summary} defaultValue={values.summary} rows={caseStudy ? 4 : 5} />
      </Fieldset>

      <Fieldset legend="The organisation">
        <Select
          name="region"
          label="Region (optional)"
          error={errors?.region}
          defaultValue={values.region}
          options={REGION_OPTIONS}
          placeholder="Not known"
        />
        <Select
          name="organisation_type"
          label="Type of organisation (optional)"
          error={errors?.organisation_type}
          defaultValue={values.organisation_type}
          options={ORGANISATION_TYPE_OPTIONS}
          placeholder="Not known"
        />
        <Textarea
          name="themes"
          label="Themes (optional)"
          hint={`What the work was about, such as just and learning culture: one per line or separated by semicolons, up to ${MAX_THEMES} themes of ${MAX_THEME_LENGTH} characters each`}
          error={errors?.themes}
          defaultValue={values.themes}
          rows={3}
        />
      </Fieldset>

      <Fieldset legend="Case study">
        <p className="nhsuk-hint">{`The SPF's case-study sections, each optional and up to 20,000 characters. ${caseStudy ? "A blank line starts a new paragraph." : "Line breaks are kept."}`}</p>
        {CASE_STUDY_SECTIONS.map((s) => (
          <Textarea key={s.key} name={s.key} label={s.heading} error={errors?.[s.key]} defaultValue={values[s.key]} rows={6} />
        ))}
      </Fieldset>

      <SourceFields values={values} errors={errors} what="this entry" noteHint={caseStudy ? undefined : "Such as the SPF's page on the 2018 winners, or the HPMA awards brochure"} />

      {editing || caseStudy ? (
        <TextInput
          name="note"
          label="What changed and why (optional)"
          hint={`Kept with this version, such as ${caseStudy ? "Outcomes shortened at the entrant's request" : "Summary corrected from the trust's press release"}`}
          error={errors?.note}
          defaultValue={values.note}
          autoComplete="off"
        />
      ) : null}
    </>
  );
}

/** The NHS date input: day, month and year, under one legend, with one error for the date. */
export function DateInput({
  name,
  legend,
  hint,
  error,
  values,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  values: { day?: string; month?: string; year?: string };
}) {
  const parts = [
    // The day's input carries the date's own id, so the error summary's link lands on it.
    { key: "day", id: name, label: "Day", width: 2 },
    { key: "month", id: `${name}-month`, label: "Month", width: 2 },
    { key: "year", id: `${name}-year`, label: "Year", width: 4 },
  ] as const;
  const prefix = name.replace(/_date$/, "");
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
                  name={`${prefix}_${p.key}`}
                  type="text"
                  inputMode="numeric"
                  defaultValue={values[p.key]}
                />
              </div>
            </div>
          ))}
        </div>
    </FieldsetShell>
  );
}

export function AwardYearFields({ values, errors, year }: { values: FormValues; errors?: FieldErrors; year: number }) {
  return (
    <>
      <DateInput
        name="ceremony_date"
        legend="Date of the ceremony (optional)"
        hint={`For example, 7 6 ${year}`}
        error={errors?.ceremony_date}
        values={{ day: values.ceremony_day, month: values.ceremony_month, year: values.ceremony_year }}
      />
      <TextInput name="ceremony_place" label="Place of the ceremony (optional)" hint="Such as London" error={errors?.ceremony_place} defaultValue={values.ceremony_place} autoComplete="off" width={30} />
      <Textarea
        name="notes"
        label="Notes (optional)"
        hint="What else is known about the year, such as when entries closed or how many finalists there were"
        error={errors?.notes}
        defaultValue={values.notes}
        rows={4}
      />
      <SourceFields values={values} errors={errors} what="what you enter here" noteHint="Such as the SPF's page on the 2018 winners, or the HPMA awards brochure" />
    </>
  );
}

/** A stored link is followed only if it is a web address: an imported row could hold anything. */
export function SourceLink({ url }: { url: string }) {
  return isSourceLink(url) ? (
    <a href={url} rel="noreferrer" style={{ overflowWrap: "anywhere" }}>
      {url}
    </a>
  ) : (
    <span style={{ overflowWrap: "anywhere" }}>{url}</span>
  );
}
