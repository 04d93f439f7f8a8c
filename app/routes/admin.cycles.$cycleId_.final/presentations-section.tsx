// The final judging day: each finalist's presentation and questions, and the running order in UK time.
import { Table } from "~/components/nhsuk";
import type { FinalPageData } from "./page-data";

/** Each finalist's slot on the final judging day: a 15-minute presentation and 15 minutes of questions. */
export const PRESENTATION_MINUTES = 15;
export const QUESTIONS_MINUTES = 15;

export function PresentationsSection({ data: { cycle, finalists } }: { data: Pick<FinalPageData, "cycle" | "finalists"> }) {
  return (
    <>
      <p>
        Each finalist presents to the panel for {PRESENTATION_MINUTES} minutes, followed by {QUESTIONS_MINUTES} minutes of questions
        {cycle.finalJudging ? (
          <>
            , from <strong>{cycle.finalJudging}</strong> (UK time).
          </>
        ) : (
          <>. The final judging day has not been set yet: set it with the cycle's dates on the cycle page.</>
        )}
      </p>
      {cycle.finalJudging && finalists.length > 0 ? (
        <Table
          caption="Running order (UK time)"
          showCaption
          rows={finalists}
          rowKey={(f) => f.nominationId}
          columns={[
            { header: "Time", cell: (f) => f.slot },
            { header: "Finalist", cell: (f) => `${f.organisation} (Entry ${f.code})` },
          ]}
        />
      ) : null}
    </>
  );
}
