// The NHS error summary for problems that all belong to one field, such as the rows of an uploaded
// file: each message links to that field, and a long list ends with how many more there are.
import { useEffect, useRef, type ReactNode } from "react";

export function ErrorListSummary({ field, intro, messages, more = 0 }: { field: string; intro?: ReactNode; messages: string[]; more?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = messages.join("|");
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (messages.length === 0) return null;
  return (
    <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1} ref={ref}>
      <h2 className="nhsuk-error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <div className="nhsuk-error-summary__body">
        {intro ? <p>{intro}</p> : null}
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {messages.map((message, i) => (
            <li key={i}>
              <a href={`#${field}`}>{message}</a>
            </li>
          ))}
        </ul>
        {more > 0 ? <p>and {more} more</p> : null}
      </div>
    </div>
  );
}
