// What /winners lists: each year's winner, highly commended entries and first finalists (the real
// record, then demo years apart under their own heading), a page of the entries a filter matches,
// and search results.
import { Link } from "@remix-run/react";
import { MarkedText, ResultTag } from "~/components/archive";
import { MOST_SEARCH_MATCHES_COUNTED } from "~/domain/search-query";
import type { EntryLine, YearSummary } from "~/models/archive-browse.server";

function EntryLink({ entry }: { entry: Pick<EntryLine, "year" | "slug" | "organisation" | "title"> }) {
  return (
    <Link to={`/winners/${entry.year}/${entry.slug}`}>
      {entry.organisation}
      {entry.title ? `: ${entry.title}` : ""}
    </Link>
  );
}

function EntryList({ entries }: { entries: EntryLine[] }) {
  return (
    <ul className="nhsuk-list">
      {entries.map((e) => (
        <li key={e.id}>
          <ResultTag result={e.result} demo={e.demo} /> <EntryLink entry={e} />
        </li>
      ))}
    </ul>
  );
}

/** One year of the record: its results so far as recorded, and the way to all of its finalists. */
export function YearSection({ summary, notes, level = 2 }: { summary: YearSummary; notes: string | null; level?: 2 | 3 }) {
  const { year, placed, finalists, moreFinalists } = summary;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`year-${year}`} className="nhsuk-u-margin-bottom-6">
      <Heading id={`year-${year}`} className="nhsuk-heading-m nhsuk-u-margin-bottom-3">
        <Link to={`/winners/${year}`}>{year}</Link>
      </Heading>
      {!placed.some((e) => e.result === "winner") ? <p className="nhsuk-u-secondary-text-color">Winner: not recorded yet</p> : null}
      {placed.length + finalists.length > 0 ? <EntryList entries={[...placed, ...finalists]} /> : null}
      {moreFinalists ? (
        <p>
          <Link to={`/winners/${year}`}>
            Every finalist<span className="nhsuk-u-visually-hidden"> in {year}</span>
          </Link>
        </p>
      ) : null}
      {notes ? <p className="nhsuk-body-s">{notes}</p> : null}
    </section>
  );
}

/** A page of the entries a filter matches, under their years. */
export function FilteredEntries({ entries }: { entries: EntryLine[] }) {
  const years = [...new Set(entries.map((e) => e.year))];
  return (
    <>
      {years.map((year) => (
        <section key={year} aria-labelledby={`year-${year}`} className="nhsuk-u-margin-bottom-6">
          <h2 id={`year-${year}`} className="nhsuk-heading-m nhsuk-u-margin-bottom-3">
            <Link to={`/winners/${year}`}>{year}</Link>
          </h2>
          <EntryList entries={entries.filter((e) => e.year === year)} />
        </section>
      ))}
    </>
  );
}

export type SearchResult = { year: number; slug: string; result: EntryLine["result"]; organisation: string; title: string | null; snippet: string; demo: boolean };

export function SearchResults({ q, matched, shown, results }: { q: string; matched: number; shown: number; results: SearchResult[] }) {
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">
        {matched === 0
          ? "No results"
          : matched === 1
            ? "1 result"
            : matched > MOST_SEARCH_MATCHES_COUNTED
              ? `More than ${MOST_SEARCH_MATCHES_COUNTED.toLocaleString("en-GB")} results`
              : `${matched} results`}{" "}
        for “{q.length > 100 ? `${q.slice(0, 100)}…` : q}”
      </h2>
      {matched > shown ? <p>The best {shown} are shown. Add words or filters to narrow the search.</p> : null}
      {results.length === 0 ? (
        <p>{matched > 0 ? "None of them match the filters." : "Check the spelling, or try fewer or different words."}</p>
      ) : (
        <ul className="nhsuk-list">
          {results.map((r) => (
            <li key={`${r.year}/${r.slug}`} className="nhsuk-u-margin-bottom-5">
              <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
                <Link to={`/winners/${r.year}/${r.slug}`}>
                  <MarkedText text={r.organisation} />
                  {r.title ? (
                    <>
                      : <MarkedText text={r.title} />
                    </>
                  ) : null}
                </Link>
              </h3>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
                {r.year} <ResultTag result={r.result} demo={r.demo} />
              </p>
              {r.snippet ? (
                <p className="nhsuk-body-s">
                  <MarkedText text={r.snippet} />
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
