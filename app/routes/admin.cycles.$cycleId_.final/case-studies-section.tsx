// The finalists' case studies: each one's version, consent and personal details still undecided (or,
// once published, where it is in the archive), and a form that drafts any that are missing.
import { Form, Link } from "@remix-run/react";
import { Warning } from "~/components/judging-admin";
import { IntentButton, Table, Tag } from "~/components/nhsuk";
import { RESULT_LABELS } from "~/domain/archive";
import type { FinalPageData } from "./page-data";

type CaseStudy = FinalPageData["caseStudies"][number];

export function CaseStudiesSection({ data: { cycle, caseStudies, withoutCaseStudy } }: { data: Pick<FinalPageData, "cycle" | "caseStudies" | "withoutCaseStudy"> }) {
  const undecided = caseStudies.filter((c) => c.undecided > 0);
  const last = cycle.published
    ? {
        header: "Published",
        cell: (c: CaseStudy) =>
          c.publicPath ? (
            <a href={c.publicPath}>
              {c.result ? RESULT_LABELS[c.result] : "View"}
              <span className="nhsuk-u-visually-hidden">: {c.organisation}</span>
            </a>
          ) : (
            "Not published"
          ),
      }
    : { header: "Personal details", cell: (c: CaseStudy) => (c.undecided > 0 ? <Tag colour="red">{c.undecided} not agreed</Tag> : <Tag colour="green">All agreed or decided</Tag>) };
  return (
    <>
      {caseStudies.length === 0 ? (
        <p>Each finalist's case study is drafted from their nomination once the shortlist is confirmed.</p>
      ) : (
        <Table
          caption="The finalists' case studies"
          rows={caseStudies}
          rowKey={(c) => c.nominationId}
          columns={[
            {
              header: "Finalist",
              rowHeader: true,
              cell: (c) => (
                <>
                  <Link to={`/admin/cycles/${cycle.id}/case-studies/${c.nominationId}`}>
                    <span className="nhsuk-u-visually-hidden">Case study of </span>
                    {c.organisation}
                  </Link>
                  <br />
                  <span className="nhsuk-body-s">{c.title ?? "Untitled"}</span>
                </>
              ),
            },
            {
              header: "Version",
              cell: (c) => (
                <>
                  {c.version}
                  <br />
                  <span className="nhsuk-body-s">saved {c.updated}</span>
                </>
              ),
            },
            { header: "Consent to publish", cell: (c) => (c.consent ? <Tag colour="green">Given</Tag> : <Tag colour="orange">Not given: name and result only</Tag>) },
            last,
          ]}
        />
      )}
      {withoutCaseStudy > 0 ? (
        <Form method="post">
          <p>
            {withoutCaseStudy === 1 ? "1 finalist has" : `${withoutCaseStudy} finalists have`} no case study yet: the shortlist was confirmed before case studies
            were drafted with it.
          </p>
          <IntentButton intent="draft_case_studies" variant="secondary">
            Draft the missing case studies
          </IntentButton>
        </Form>
      ) : null}
      {undecided.length > 0 ? (
        <Warning title="Personal details nobody has agreed to publish">
          <p>
            {undecided.map((c) => c.organisation).join(", ")}: keep or remove each detail on the case study's page. Until you do, the results cannot be
            published now, and at the announcement time{cycle.announcement ? ` (${cycle.announcement})` : ""} those details are replaced with "[removed]".
          </p>
        </Warning>
      ) : null}
    </>
  );
}
