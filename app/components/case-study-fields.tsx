// A finalist's case study before publication: the preview, in the public case-study page's shape, and
// the edit form's values and order. The form is the archive entry's (ArchiveEntryFields with
// `caseStudy`, so one schema parses both) without the year and result, which follow the cycle and the
// decisions and so are not typed here. And the personal details found in it, each kept or removed.
import { Form } from "@remix-run/react";
import { TableContainer } from "./nhsuk";
import { caseStudyContent, type ArchiveEntryFields } from "~/domain/archive";
import { DETAIL_KIND_LABELS, type DetailStatus } from "~/domain/personal-data";
import type { EndorsementSide, PersonalDetailKind } from "~/domain/vocabulary";
import { Tag } from "./nhsuk";
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

export type DetailRow = { kind: PersonalDetailKind; value: string; shown: string; where: string[]; lead: EndorsementSide | null; status: DetailStatus };

const LEAD_LABELS: Record<EndorsementSide, string> = { employer: "the employer lead", staff_side: "the staff-side lead" };

function DetailStatusTag({ detail }: { detail: DetailRow }) {
  if (detail.status === "agreed") return <Tag colour="green">Agreed by {detail.lead ? LEAD_LABELS[detail.lead] : "its owner"}</Tag>;
  if (detail.status === "kept") return <Tag colour="blue">Kept by the secretariat</Tag>;
  return <Tag colour="red">Not agreed: keep or remove</Tag>;
}

function DetailButton({ intent, detail, children, variant }: { intent: "keep-detail" | "remove-detail"; detail: DetailRow; children: string; variant?: "secondary" | "warning" }) {
  return (
    <Form method="post" className="nhsuk-u-margin-bottom-2">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="kind" value={detail.kind} />
      <input type="hidden" name="value" value={detail.value} />
      <button className={`nhsuk-button nhsuk-u-margin-bottom-0${variant ? ` nhsuk-button--${variant}` : ""}`} data-module="nhsuk-button" type="submit">
        {children}
        <span className="nhsuk-u-visually-hidden"> {detail.shown}</span>
      </button>
    </Form>
  );
}

/**
 * Every personal detail found in a case study, whether it may be published, and the secretariat's
 * keep and remove. A detail nobody agreed to is never published (decision 020).
 */
export function PersonalDetailsReview({ details, editable }: { details: DetailRow[]; editable: boolean }) {
  if (details.length === 0) {
    return <p>No names of people, email addresses, phone numbers or postcodes were found in this case study.</p>;
  }
  return (
    <TableContainer label="Personal details in this case study and whether each may be published">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Personal details in this case study and whether each may be published</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Detail</th>
            <th scope="col">Where</th>
            <th scope="col">May it be published?</th>
            {editable ? <th scope="col">Your decision</th> : null}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {details.map((d) => (
            <tr key={`${d.kind}:${d.value}`}>
              <th scope="row">
                <span className="nhsuk-body-s nhsuk-u-margin-bottom-0">{DETAIL_KIND_LABELS[d.kind]}</span>
                <br />
                <span style={{ overflowWrap: "anywhere" }}>{d.shown}</span>
              </th>
              <td>{d.where.join(", ")}</td>
              <td>
                <DetailStatusTag detail={d} />
              </td>
              {editable ? (
                <td>
                  {d.status === "undecided" ? (
                    <DetailButton intent="keep-detail" detail={d} variant="secondary">
                      Keep
                    </DetailButton>
                  ) : null}
                  <DetailButton intent="remove-detail" detail={d} variant={d.status === "undecided" ? undefined : "secondary"}>
                    Remove
                  </DetailButton>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableContainer>
  );
}
