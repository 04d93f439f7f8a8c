// A finalist's case study before publication: the preview, in the public case-study page's shape, and
// the edit form's values and order. The form is the archive entry's (ArchiveEntryFields with
// `caseStudy`, so one schema parses both) without the year and result, which follow the cycle and the
// decisions and so are not typed here.
import { caseStudyContent, type ArchiveEntryFields } from "~/domain/archive";
import { CaseStudyBody } from "./archive";
import { ENTRY_FIELD_ORDER, entryFormValues } from "./archive-fields";

/** The form's fields in page order, for sorting the error summary to match. */
export const CASE_STUDY_FIELD_ORDER = ["form", ...ENTRY_FIELD_ORDER.filter((f) => f !== "year" && f !== "result")];

/** The draft's fields as the form's values (themes one a line); no year or result, which the form does not have. */
export function caseStudyValues(fields: ArchiveEntryFields): Record<string, string> {
  const { year: _year, result: _result, ...values } = entryFormValues(fields);
  return values;
}

/** The case study as its public page will show it (winners.$year.$slug.tsx), for the secretariat. */
export function CaseStudyPreview({ fields }: { fields: ArchiveEntryFields }) {
  return (
    <article className="nhsuk-card">
      <div className="nhsuk-card__content">
        <CaseStudyBody c={caseStudyContent(fields)} level={2} />
      </div>
    </article>
  );
}
