// NHS.UK numbered pagination for long lists (users, results): previous, next, the first and last
// pages and two either side of the current one; nothing at all when everything fits on one page.

function Arrow({ direction }: { direction: "left" | "right" }) {
  return (
    <svg
      className={`nhsuk-icon nhsuk-icon--arrow-${direction}`}
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      focusable="false"
      aria-hidden="true"
    >
      <path
        d={
          direction === "left"
            ? "M10.7 6.3c.4.4.4 1 0 1.4L7.4 11H19a1 1 0 0 1 0 2H7.4l3.3 3.3c.4.4.4 1 0 1.4a1 1 0 0 1-1.4 0l-5-5A1 1 0 0 1 4 12c0-.3.1-.5.3-.7l5-5a1 1 0 0 1 1.4 0Z"
            : "m14.7 6.3 5 5c.2.2.3.4.3.7 0 .3-.1.5-.3.7l-5 5a1 1 0 0 1-1.4-1.4l3.3-3.3H5a1 1 0 0 1 0-2h11.6l-3.3-3.3a1 1 0 1 1 1.4-1.4Z"
        }
      />
    </svg>
  );
}

/** The pages worth linking to: the first, the last, and two either side of the current one. */
function pageNumbers(page: number, totalPages: number): (number | "gap")[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, totalPages])]
    .filter((n) => n >= 1 && n <= totalPages)
    .sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  shown.forEach((n, i) => {
    if (i > 0 && n - shown[i - 1] > 1) out.push("gap");
    out.push(n);
  });
  return out;
}

/** NHS.UK numbered pagination; nothing at all when everything fits on one page. */
export function Pagination({ page, totalPages, hrefFor }: { page: number; totalPages: number; hrefFor: (page: number) => string }) {
  if (totalPages <= 1) return null;
  return (
    <nav className="nhsuk-pagination nhsuk-pagination--numbered" role="navigation" aria-label="Pagination">
      {page > 1 ? (
        <a href={hrefFor(page - 1)} className="nhsuk-pagination__previous" rel="prev">
          <Arrow direction="left" />
          <span className="nhsuk-pagination__title">
            Previous<span className="nhsuk-u-visually-hidden"> page</span>
          </span>
        </a>
      ) : null}
      <ul className="nhsuk-pagination__list">
        {pageNumbers(page, totalPages).map((n, i) =>
          n === "gap" ? (
            <li className="nhsuk-pagination__item nhsuk-pagination__item--ellipsis" key={`gap-${i}`}>
              &ctdot;
            </li>
          ) : (
            <li className={`nhsuk-pagination__item${n === page ? " nhsuk-pagination__item--current" : ""}`} key={n}>
              <a className="nhsuk-pagination__link" href={hrefFor(n)} aria-label={`Page ${n}`} aria-current={n === page ? "page" : undefined}>
                {n}
              </a>
            </li>
          ),
        )}
      </ul>
      {page < totalPages ? (
        <a href={hrefFor(page + 1)} className="nhsuk-pagination__next" rel="next">
          <span className="nhsuk-pagination__title">
            Next<span className="nhsuk-u-visually-hidden"> page</span>
          </span>
          <Arrow direction="right" />
        </a>
      ) : null}
    </nav>
  );
}
