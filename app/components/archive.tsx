// Pieces of the public archive's pages: result tags, search matches, and stored text as paragraphs.
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { RESULT_LABELS, type CaseStudyContent } from "~/domain/archive";
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
        return (
          <p key={i} dir="auto">
            {content}
          </p>
        );
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

/**
 * A case study's body, in the SPF's case-study shape: the public page's (level 1: the title is the page's h1, themes
 * link to the archive's search) and the secretariat's preview of it (level 2, inside a card: plain themes).
 */
export function CaseStudyBody({ c, demo = false, level, linkThemes = false }: { c: CaseStudyContent; demo?: boolean; level: 1 | 2; linkThemes?: boolean }) {
  const Title = level === 1 ? "h1" : "h2";
  const SectionHeading = level === 1 ? "h2" : "h3";
  return (
    <>
      <p className="nhsuk-u-margin-bottom-2">
        <ResultTag result={c.result} demo={demo} /> <span className="nhsuk-u-secondary-text-color">HPMA partnership award {c.year}</span>
      </p>
      <Title className={level === 1 ? undefined : "nhsuk-heading-l"}>
        {c.title ? (
          <>
            <span className="nhsuk-caption-l">{c.organisation}</span>
            {c.title}
          </>
        ) : (
          c.organisation
        )}
      </Title>
      {c.summary ? <p className="nhsuk-lede-text">{c.summary}</p> : null}
      {c.sections.length > 0 ? (
        c.sections.map((s) => (
          <section key={s.heading}>
            <SectionHeading>{s.heading}</SectionHeading>
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
        {c.themes.length > 0 ? (
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Themes</dt>
            <dd className="nhsuk-summary-list__value">
              {linkThemes
                ? c.themes.map((t, i) => (
                    <span key={t}>
                      {i > 0 ? ", " : ""}
                      <Link to={`/winners?${new URLSearchParams({ theme: t })}`}>{t}</Link>
                    </span>
                  ))
                : c.themes.join(", ")}
            </dd>
          </div>
        ) : null}
        {c.region ? (
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Region</dt>
            <dd className="nhsuk-summary-list__value">{c.region}</dd>
          </div>
        ) : null}
        {c.organisationType ? (
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Type of organisation</dt>
            <dd className="nhsuk-summary-list__value">{c.organisationType}</dd>
          </div>
        ) : null}
        {c.source || c.sourceUrl ? (
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Source</dt>
            <dd className="nhsuk-summary-list__value">
              <Source note={c.source} url={c.sourceUrl} />
            </dd>
          </div>
        ) : null}
      </dl>
    </>
  );
}
