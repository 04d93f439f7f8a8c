// The archive of winners as the secretariat keeps it: every year since the first award, newest first,
// with its ceremony and its entries, and the gaps still to fill.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AdminBreadcrumb, adminTitle } from "~/components/admin";
import { SummaryList, Table, Tag, type Column, type TagColour } from "~/components/nhsuk";
import { SourceLink } from "~/components/archive-fields";
import { NoticeSuccessBanner } from "~/components/forms";
import { archiveYears, RESULT_LABELS } from "~/domain/archive";
import type { ArchiveResult } from "../../db/schema";
import { listArchiveEntries, listAwardYears } from "~/models/archive.server";
import { archiveYearNotices } from "~/request/admin-forms.server";
import { formatUkDate } from "~/domain/uk-time";
import { getDb } from "~/platform/db.server";
import { requireAdmin } from "~/request/permissions.server";

export const meta: MetaFunction = () => [{ title: adminTitle("Archive of winners") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const db = getDb();
  const [awardYears, entries] = await Promise.all([listAwardYears(db), listArchiveEntries(db)]);
  const known = [...awardYears.map((y) => y.year), ...entries.map((e) => e.year)];
  // archiveYears stops at next year; a year an admin has already entered further ahead is listed too.
  const years = [...new Set([...archiveYears(known), ...known])].sort((a, b) => b - a);
  const details = new Map(awardYears.map((y) => [y.year, y]));
  return {
    notice: archiveYearNotices.from(request),
    years: years.map((year) => {
      const y = details.get(year);
      const yearEntries = entries.filter((e) => e.year === year);
      const hasDetails = Boolean(y && (y.ceremony_date || y.ceremony_place || y.notes));
      return {
        year,
        ceremonyDate: y?.ceremony_date ? formatUkDate(y.ceremony_date) : null,
        ceremonyPlace: y?.ceremony_place ?? null,
        notes: y?.notes ?? null,
        sourceNote: y?.source_note ?? null,
        sourceUrl: y?.source_url ?? null,
        hasDetails,
        recorded: hasDetails || yearEntries.length > 0,
        hasWinner: yearEntries.some((e) => e.result === "winner"),
        entries: yearEntries.map((e) => ({
          id: e.id,
          result: e.result,
          organisation: e.organisation_name,
          title: e.title,
          version: e.version,
          publicHref: `/winners/${e.year}/${e.slug}`,
        })),
      };
    }),
  };
}

const RESULT_COLOURS: Record<ArchiveResult, TagColour> = { winner: "green", highly_commended: "blue", finalist: "grey" };

function Hidden({ children }: { children: string }) {
  return <span className="nhsuk-u-visually-hidden">{children}</span>;
}

type Year = ReturnType<typeof useLoaderData<typeof loader>>["years"][number];

/** The columns of a year's entries; the links' hidden text names the entry and its year. */
function entryColumns(year: number): Column<Year["entries"][number]>[] {
  return [
    { header: "Result", cell: (e) => <Tag colour={RESULT_COLOURS[e.result]}>{RESULT_LABELS[e.result]}</Tag> },
    {
      header: "Organisation and initiative",
      cell: (e) => (
        <>
          {e.organisation}
          {e.title ? (
            <>
              <br />
              <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">{e.title}</span>
            </>
          ) : null}
        </>
      ),
    },
    { header: "Version", numeric: true, cell: (e) => e.version },
    {
      header: "Links",
      cell: (e) => (
        <>
          <a href={`/admin/archive/entries/${e.id}`}>
            Edit<Hidden>{` ${e.organisation} (${year})`}</Hidden>
          </a>
          <br />
          <a href={e.publicHref}>
            Public page<Hidden>{` of ${e.organisation} (${year})`}</Hidden>
          </a>
        </>
      ),
    },
  ];
}

function YearSection({ y }: { y: Year }) {
  const headingId = `year-${y.year}-heading`;
  return (
    <section id={`year-${y.year}`} aria-labelledby={headingId} className="nhsuk-u-margin-bottom-7">
      <h2 id={headingId}>
        {y.year}
        {!y.recorded ? (
          <>
            {" "}
            <Tag colour="grey">Not recorded yet</Tag>
          </>
        ) : null}
      </h2>

      {y.hasDetails || y.sourceNote || y.sourceUrl ? (
        <SummaryList
          rows={[
            { key: "Ceremony", value: [y.ceremonyDate, y.ceremonyPlace].filter(Boolean).join(", ") || "Not recorded" },
            y.notes ? { key: "Notes", value: y.notes, preWrap: true } : null,
            {
              key: "Source",
              value: (
                <>
                  {y.sourceNote ? <p className="nhsuk-u-margin-bottom-1">{y.sourceNote}</p> : null}
                  {y.sourceUrl ? <SourceLink url={y.sourceUrl} /> : null}
                  {!y.sourceNote && !y.sourceUrl ? "None given" : null}
                </>
              ),
            },
          ]}
        />
      ) : null}

      {y.entries.length > 0 ? (
        <div className="nhsuk-table-container">
          <Table caption={`Entries in ${y.year}`} showCaption captionSize="s" rows={y.entries} rowKey={(e) => e.id} columns={entryColumns(y.year)} />
        </div>
      ) : y.recorded ? (
        <p>No entries recorded yet.</p>
      ) : (
        <p>Nothing is known about {y.year} yet: not its winner, nor its ceremony.</p>
      )}
      {y.recorded && !y.hasWinner ? <p>The winner is not recorded yet.</p> : null}

      <ul className="nhsuk-list">
        <li>
          <a href={`/admin/archive/entries/new?year=${y.year}`}>
            {y.hasWinner ? "Add a highly commended entry or finalist" : "Add this year's winner"}
            <Hidden>{` (${y.year})`}</Hidden>
          </a>
        </li>
        <li>
          <a href={`/admin/archive/years/${y.year}`}>
            Edit year details<Hidden>{` (${y.year})`}</Hidden>
          </a>
        </li>
      </ul>
    </section>
  );
}

export default function AdminArchive() {
  const { notice, years } = useLoaderData<typeof loader>();
  const gaps = years.filter((y) => !y.recorded).length;
  return (
    <>
      <AdminBreadcrumb />
      {notice ? <NoticeSuccessBanner notice={notice} /> : null}
      <h1>Archive of winners</h1>
      <p className="nhsuk-lede-text">
        Every year of the award since {years.at(-1)?.year ?? 2010}, as the public archive shows it. Fill the gaps from a source you can name: every entry
        needs one. An edit makes a new version; the public page shows the latest.
      </p>
      <p>
        {gaps === 0 ? "Every year has something recorded." : `${gaps} ${gaps === 1 ? "year has" : "years have"} nothing recorded yet.`}
      </p>
      <ul className="nhsuk-list">
        <li>
          <a href="/admin/archive/entries/new">Add an entry</a>
        </li>
        <li>
          <a href="/admin/archive/import">Import from a CSV file</a>
        </li>
        <li>
          <a href="/winners">View the public archive</a>
        </li>
      </ul>
      {years.map((y) => (
        <YearSection key={y.year} y={y} />
      ))}
    </>
  );
}
