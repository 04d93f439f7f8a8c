// Pieces of the public archive's pages: result tags, search matches, and stored text as paragraphs.
import type { ReactNode } from "react";
import { RESULT_LABELS } from "~/domain/archive";
import { isSourceLink } from "~/domain/archive-rules";
import { splitMatches } from "~/domain/search-query";

const RESULT_TAG_COLOURS = { winner: "green", highly_commended: "blue", finalist: "grey" } as const;

/** The result, and "Demo" beside it for an entry published from a demo cycle (fictional). */
export function ResultTag({ result, demo = false }: { result: keyof typeof RESULT_LABELS; demo?: boolean }) {
  return (
    <>
      <strong className={`nhsuk-tag nhsuk-tag--${RESULT_TAG_COLOURS[result]}`}>{RESULT_LABELS[result]}</strong>
      {demo ? (
        <>
          {" "}
          <strong className="nhsuk-tag nhsuk-tag--orange">Demo</strong>
        </>
      ) : null}
    </>
  );
}

/** Text with the search's matches marked, rendered as text and <mark>, never as HTML. */
export function MarkedText({ text }: { text: string }) {
  return (
    <>
      {splitMatches(text).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}

/** Stored plain text as paragraphs: a blank line starts a new one, a line break stays a line break. */
export function Paragraphs({ text }: { text: string }) {
  const paragraphs = text.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <>
      {paragraphs.map((p, i) => {
        const lines = p.split(/\r?\n/);
        const content: ReactNode[] = [];
        lines.forEach((line, j) => {
          if (j > 0) content.push(<br key={`br${j}`} />);
          content.push(line);
        });
        return <p key={i}>{content}</p>;
      })}
    </>
  );
}

/** Where an entry's facts come from: the note, linked to the source when the link is a web address (never javascript: or the like). */
export function Source({ note, url }: { note: string | null; url: string | null }) {
  const label = note ?? url;
  if (!label) return null;
  return url && isSourceLink(url) ? (
    <a href={url} rel="noreferrer">
      {label}
    </a>
  ) : (
    <>{label}</>
  );
}
