// The public year page's learning section: what the secretariat found the sector can learn from the
// year's finalists, with a note per criterion. Text only, rendered as React text, never as HTML.
import { paragraphs, type CriterionNote } from "~/domain/learning-summary";

export function LearningSection({ learning }: { learning: { year: number; isDemo: boolean; summary: string; notes: CriterionNote[] } }) {
  return (
    <section aria-labelledby="learning-heading" className="nhsuk-u-margin-top-5">
      <h2 id="learning-heading">
        What the sector can learn from {learning.year}
        {learning.isDemo ? (
          <>
            {" "}
            <strong className="nhsuk-tag nhsuk-tag--orange">Demo</strong>
          </>
        ) : null}
      </h2>
      {paragraphs(learning.summary).map((p, i) => (
        <p key={i} style={{ whiteSpace: "pre-line" }}>
          {p}
        </p>
      ))}
      {learning.notes.length > 0 && (
        <>
          <h3>By criterion</h3>
          {learning.notes.map((n) => (
            <div key={n.criterionId}>
              <h4>{n.title}</h4>
              {paragraphs(n.text).map((p, i) => (
                <p key={i} style={{ whiteSpace: "pre-line" }}>
                  {p}
                </p>
              ))}
            </div>
          ))}
        </>
      )}
      <p className="nhsuk-body-s">Written by the Social Partnership Forum secretariat from the year&apos;s finalists.</p>
    </section>
  );
}
