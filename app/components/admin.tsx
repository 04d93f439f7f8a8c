// Pieces shared by the secretariat's screens: page titles, the breadcrumb back to /admin and a score
// sheet's progress tag (which judges see too), in NHS.UK frontend's markup. Plain NHS.UK pieces are in nhsuk/.
import { SHEET_PROGRESS_LABELS, type SheetProgress } from "~/domain/judging";
import { SERVICE_NAME } from "~/domain/vocabulary";
import { Tag, type TagColour } from "./nhsuk/tag";

/** "Users - Admin - HPMA Partnership Award"; the dashboard itself is "Admin - HPMA Partnership Award". */
export function adminTitle(...parts: string[]): string {
  return [...parts, "Admin", SERVICE_NAME].join(" - ");
}

type Crumb = { href: string; label: string };

/**
 * NHS.UK breadcrumb to the pages above this one. On small screens NHS.UK shows only a back link to
 * the last of them, which is why it is here too.
 */
export function Breadcrumb({ crumbs }: { crumbs: Crumb[] }) {
  const last = crumbs[crumbs.length - 1];
  return (
    <nav className="nhsuk-breadcrumb" aria-label="Breadcrumb">
      <ol className="nhsuk-breadcrumb__list">
        {crumbs.map((c) => (
          <li className="nhsuk-breadcrumb__list-item" key={c.href}>
            <a className="nhsuk-breadcrumb__link" href={c.href}>
              {c.label}
            </a>
          </li>
        ))}
      </ol>
      <a className="nhsuk-back-link" href={last.href}>
        <span className="nhsuk-u-visually-hidden">Back to </span>
        {last.label}
      </a>
    </nav>
  );
}

/** Home > Admin > ...trail, for every screen below the dashboard. */
export function AdminBreadcrumb({ trail = [] }: { trail?: Crumb[] }) {
  return <Breadcrumb crumbs={[{ href: "/", label: "Home" }, { href: "/admin", label: "Admin" }, ...trail]} />;
}

/** "3 organisations match your search." / "1 user." / "No users match your search." */
export function countSentence(count: number, [one, many]: [string, string], searched: boolean): string {
  if (count === 0) return `No ${many} match your search.`;
  const noun = count === 1 ? one : many;
  return `${count} ${noun}${searched ? (count === 1 ? " matches your search" : " match your search") : ""}`;
}

const SHEET_PROGRESS_COLOURS: Record<SheetProgress, TagColour> = { not_started: "grey", draft: "yellow", submitted: "green" };

/** A score sheet's progress as a tag, on the judges' lists and the secretariat's judging pages. */
export function SheetProgressTag({ progress }: { progress: SheetProgress }) {
  return <Tag colour={SHEET_PROGRESS_COLOURS[progress]}>{SHEET_PROGRESS_LABELS[progress]}</Tag>;
}

// Tag and Pagination live in the NHS.UK kit (./nhsuk); this re-export keeps pages that still import
// them from here building until they move.
export { Pagination, Tag, type TagColour } from "./nhsuk";
