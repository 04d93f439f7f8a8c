// How far the judges agree, in plain words and as a table: Krippendorff's alpha per criterion and
// overall (app/domain/agreement.ts). Shown on a round's results and, cycle by cycle, on Admin › Agreement.
import { AGREEMENT_WORDS, agreementLevel, formatAlpha, type Alpha, type AgreementReport } from "~/domain/agreement";
import { Table } from "./nhsuk";

type Row = Alpha & { key: string; label: string };

/** A sentence for the round as a whole. */
export function agreementSentence(overall: Alpha): string {
  const level = agreementLevel(overall.alpha);
  if (level === "unknown") return "There are not yet two entries scored by two or more judges, so how far the judges agree cannot be said.";
  const lead = {
    reliable: "The judges agree well about which entries are stronger",
    tentative: "The judges partly agree about which entries are stronger",
    unreliable: "The judges agree little about which entries are stronger",
  }[level];
  return `${lead}: Krippendorff's alpha is ${formatAlpha(overall.alpha)} on the sheets' weighted scores, from ${overall.values} sheets on ${overall.entries} entries scored by two or more judges.`;
}

export function AgreementSection({ report, caption }: { report: AgreementReport; caption: string }) {
  const rows: Row[] = [
    ...report.criteria.map((c) => ({ ...c, key: `c${c.criterionId}`, label: c.title })),
    { ...report.overall, key: "overall", label: "Overall (weighted score)" },
  ];
  const weakest = report.criteria.filter((c) => agreementLevel(c.alpha) === "unreliable").map((c) => c.title);
  return (
    <>
      <p>{agreementSentence(report.overall)}</p>
      {weakest.length > 0 && (
        <p>
          Judges agree little on {weakest.join(", ")}: the criterion&apos;s wording or its descriptors may be read differently by different judges, and are
          worth looking at before next year.
        </p>
      )}
      <Table<Row>
        caption={caption}
        rowKey={(r) => r.key}
        rows={rows}
        columns={[
          { header: "Criterion", rowHeader: true, cell: (r) => r.label },
          { header: "Agreement", cell: (r) => AGREEMENT_WORDS[agreementLevel(r.alpha)] },
          { header: "Krippendorff's alpha", numeric: true, cell: (r) => formatAlpha(r.alpha) },
          { header: "Entries with 2+ sheets", numeric: true, cell: (r) => r.entries },
        ]}
      />
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">What the agreement figures mean</span>
        </summary>
        <div className="nhsuk-details__text">
          <p>
            Krippendorff&apos;s alpha compares how far the judges of the same entry differ with how far scores differ across the round as a whole. 1 means
            the judges of each entry gave the same scores; 0 means their scores agree no more than scores picked at random from the round would; below 0,
            they disagree more than chance. Entries scored by one judge say nothing about agreement and are left out.
          </p>
          <p>
            Krippendorff&apos;s guidance: 0.800 or more is reliable; 0.667 to 0.800 supports tentative conclusions only; below 0.667 the scores say more about
            the judge than the entry. With few entries the figure moves a lot from year to year.
          </p>
        </div>
      </details>
    </>
  );
}
