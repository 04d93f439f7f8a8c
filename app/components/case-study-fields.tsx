// A finalist's case study before publication: the preview, in the public case-study page's shape, and
// the edit form. The form has the archive entry's fields and names (so one schema parses both) except
// the year and result, which follow the cycle and the decisions and so are not typed here.
import type { ReactNode } from "react";
import { CASE_STUDY_SECTIONS, type ArchiveEntryFields } from "~/domain/archive";
import { MAX_THEME_LENGTH, MAX_THEMES } from "~/domain/archive-rules";
import { ORGANISATION_TYPE_LABELS } from "~/domain/permissions";
import { Paragraphs, ResultTag, Source } from "./archive";
import { Select, Textarea, TextInput, type FieldErrors, type FormValues } from "./forms";
import { ORGANISATION_TYPE_OPTIONS, REGION_OPTIONS } from "./organisation-fields";

/** The form's fields in page order, for sorting the error summary to match. */
export const CASE_STUDY_FIELD_ORDER = ["form", "organisation_name", "title", "summary", "region", "organisation_type", "themes", ...CASE_STUDY_SECTIONS.map((s) => s.key), "source_note", "source_url", "note"];

/** The draft's fields as the form's values (themes one a line). */
export function caseStudyValues(fields: ArchiveEntryFields): Record<string, string> {
  const values: Record<string, string> = {
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

export function CaseStudyFields({ values, errors }: { values: FormValues; errors?: FieldErrors }) {
  return (
    <>
      <Fieldset legend="The entry">
        <TextInput name="organisation_name" label="Organisation" hint="As it is to appear in the archive" error={errors?.organisation_name} defaultValue={values.organisation_name} autoComplete="off" />
        <TextInput name="title" label="Initiative (optional)" hint="The name of the partnership work, up to 300 characters" error={errors?.title} defaultValue={values.title} autoComplete="off" />
        <Textarea name="summary" label="Summary (optional)" hint="A paragraph or two, up to 3,000 characters" error={errors?.summary} defaultValue={values.summary} rows={4} />
      </Fieldset>

      <Fieldset legend="The organisation">
        <Select name="region" label="Region (optional)" error={errors?.region} defaultValue={values.region} options={REGION_OPTIONS} placeholder="Not known" />
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
        <p className="nhsuk-hint">The SPF's case-study sections, each optional and up to 20,000 characters. A blank line starts a new paragraph.</p>
        {CASE_STUDY_SECTIONS.map((s) => (
          <Textarea key={s.key} name={s.key} label={s.heading} error={errors?.[s.key]} defaultValue={values[s.key]} rows={6} />
        ))}
      </Fieldset>

      <Fieldset legend="Source">
        <p className="nhsuk-hint">The archive holds nothing unsourced: say where this entry comes from with a note, a link, or both.</p>
        <Textarea name="source_note" label="Where this comes from" error={errors?.source_note} defaultValue={values.source_note} rows={2} />
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

      <TextInput
        name="note"
        label="What changed and why (optional)"
        hint="Kept with this version, such as Outcomes shortened at the entrant's request"
        error={errors?.note}
        defaultValue={values.note}
        autoComplete="off"
      />
    </>
  );
}

/** The case study as its public page will show it (winners.$year.$slug.tsx), for the secretariat. */
export function CaseStudyPreview({ fields }: { fields: ArchiveEntryFields }) {
  const sections = CASE_STUDY_SECTIONS.flatMap((s) => (fields[s.key] ? [{ heading: s.heading, text: fields[s.key]! }] : []));
  return (
    <article className="nhsuk-card">
      <div className="nhsuk-card__content">
        <p className="nhsuk-u-margin-bottom-2">
          <ResultTag result={fields.result} /> <span className="nhsuk-u-secondary-text-color">HPMA partnership award {fields.year}</span>
        </p>
        <h2 className="nhsuk-heading-l">
          {fields.title ? (
            <>
              <span className="nhsuk-caption-l">{fields.organisation_name}</span>
              {fields.title}
            </>
          ) : (
            fields.organisation_name
          )}
        </h2>
        {fields.summary ? <p className="nhsuk-lede-text">{fields.summary}</p> : null}
        {sections.length > 0 ? (
          sections.map((s) => (
            <section key={s.heading}>
              <h3>{s.heading}</h3>
              <Paragraphs text={s.text} />
            </section>
          ))
        ) : (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>The full case study for this entry has not been added to the archive yet.</p>
          </div>
        )}
        <dl className="nhsuk-summary-list nhsuk-u-margin-top-6">
          {fields.themes.length > 0 ? (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Themes</dt>
              <dd className="nhsuk-summary-list__value">{fields.themes.join(", ")}</dd>
            </div>
          ) : null}
          {fields.region ? (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Region</dt>
              <dd className="nhsuk-summary-list__value">{fields.region}</dd>
            </div>
          ) : null}
          {fields.organisation_type ? (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Type of organisation</dt>
              <dd className="nhsuk-summary-list__value">{ORGANISATION_TYPE_LABELS[fields.organisation_type]}</dd>
            </div>
          ) : null}
          {fields.source_note || fields.source_url ? (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Source</dt>
              <dd className="nhsuk-summary-list__value">
                <Source note={fields.source_note} url={fields.source_url} />
              </dd>
            </div>
          ) : null}
        </dl>
      </div>
    </article>
  );
}
