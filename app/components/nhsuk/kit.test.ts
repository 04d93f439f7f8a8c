import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BackLink, Caption, Details, IntentButton, Pagination, SummaryList, Table, Tag, TaskList, TwoThirds, WarningCallout } from "./index";

const html = (el: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(el);

describe("the NHS.UK kit", () => {
  it("a summary list gives each row a key, a value and a change link named for screen readers", () => {
    const out = html(h(SummaryList, { rows: [{ key: "Name", value: "Leeds Teaching Hospitals", action: { href: "/edit", visuallyHidden: "the name" } }, { key: "Type", value: "Acute trust" }] }));
    expect(out).toBe(
      '<dl class="nhsuk-summary-list">' +
        '<div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">Name</dt><dd class="nhsuk-summary-list__value">Leeds Teaching Hospitals</dd>' +
        '<dd class="nhsuk-summary-list__actions"><a href="/edit">Change<span class="nhsuk-u-visually-hidden"> the name</span></a></dd></div>' +
        '<div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">Type</dt><dd class="nhsuk-summary-list__value">Acute trust</dd></div></dl>',
    );
  });

  it("a summary list row may hold its own actions, or an empty actions column", () => {
    const out = html(h(SummaryList, { rows: [{ key: "A", value: "1", actions: h("button", null, "Remove") }, { key: "B", value: "2", actions: null }] }));
    expect(out).toContain('<dd class="nhsuk-summary-list__actions"><button>Remove</button></dd>');
    expect(out).toContain('<dd class="nhsuk-summary-list__value">2</dd><dd class="nhsuk-summary-list__actions"></dd></div>');
  });

  it("a summary list leaves out the rows given as false or null, and keeps a value's line breaks when asked", () => {
    const out = html(h(SummaryList, { rows: [{ key: "Ceremony", value: "London" }, false, null, { key: "Notes", value: "One\nTwo", preWrap: true }] }));
    expect(out).toBe(
      '<dl class="nhsuk-summary-list">' +
        '<div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">Ceremony</dt><dd class="nhsuk-summary-list__value">London</dd></div>' +
        '<div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">Notes</dt><dd class="nhsuk-summary-list__value" style="white-space:pre-wrap">One\nTwo</dd></div></dl>',
    );
  });

  it("a table sits in nhsuk-frontend's scrolling container, a region named by its caption, and has a caption, column headers, and a row header where a column asks for one", () => {
    const out = html(
      h(Table<{ id: number; name: string; score: number }>, {
        caption: "Scores",
        rows: [{ id: 1, name: "Entry A", score: 7 }],
        rowKey: (r) => r.id,
        columns: [
          { header: "Entry", cell: (r) => r.name, rowHeader: true },
          { header: "Score", cell: (r) => r.score, numeric: true },
        ],
      }),
    );
    expect(out).toBe(
      '<div class="nhsuk-table-container" role="region" aria-label="Scores" tabindex="0">' +
        '<table class="nhsuk-table"><caption class="nhsuk-table__caption nhsuk-u-visually-hidden">Scores</caption>' +
        '<thead class="nhsuk-table__head"><tr><th scope="col">Entry</th><th scope="col" class="nhsuk-table__header--numeric">Score</th></tr></thead>' +
        '<tbody class="nhsuk-table__body"><tr><th scope="row">Entry A</th><td class="nhsuk-table__cell--numeric">7</td></tr></tbody></table></div>',
    );
    expect(html(h(Table<number>, { caption: "Shown", showCaption: true, rows: [], rowKey: (n) => n, columns: [] }))).toContain('<caption class="nhsuk-table__caption">Shown</caption>');
  });

  it("a column's own classes go on its body cells, with the numeric one", () => {
    const out = html(
      h(Table<number>, { caption: "Small", rows: [3], rowKey: (n) => n, columns: [{ header: "Details", cell: (n) => n, numeric: true, className: "nhsuk-body-s" }] }),
    );
    expect(out).toContain('<td class="nhsuk-table__cell--numeric nhsuk-body-s">3</td>');
  });

  it("a table may class every row and cell as nhsuk-frontend's macro does, carry a class of its own, and leave out a column given as false", () => {
    const out = html(
      h(Table<{ field: string; after: string; flags: number }>, {
        caption: "Changes",
        className: "app-changes",
        cellClasses: true,
        rows: [{ field: "Title", after: "New", flags: 2 }],
        rowKey: (r) => r.field,
        columns: [{ header: "Field", cell: (r) => r.field, rowHeader: true }, { header: "After", cell: (r) => r.after }, false],
      }),
    );
    expect(out).toContain(
      '<table class="nhsuk-table app-changes"><caption class="nhsuk-table__caption nhsuk-u-visually-hidden">Changes</caption>' +
        '<thead class="nhsuk-table__head"><tr class="nhsuk-table__row"><th scope="col" class="nhsuk-table__header">Field</th><th scope="col" class="nhsuk-table__header">After</th></tr></thead>' +
        '<tbody class="nhsuk-table__body"><tr class="nhsuk-table__row"><th scope="row" class="nhsuk-table__header">Title</th><td class="nhsuk-table__cell">New</td></tr></tbody></table>',
    );
  });

  it("a back link, a caption, a two-thirds column and a tag use NHS.UK's classes", () => {
    expect(html(h(BackLink, { href: "/admin", children: "Back" }))).toBe('<div class="nhsuk-back-link"><a class="nhsuk-back-link__link" href="/admin">Back</a></div>');
    expect(html(h(Caption, { children: "Award cycle" }))).toBe('<span class="nhsuk-caption-l">Award cycle</span>');
    expect(html(h(TwoThirds, { children: "x" }))).toBe('<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">x</div></div>');
    expect(html(h(Tag, { colour: "green", children: "Open" }))).toBe('<strong class="nhsuk-tag nhsuk-tag--green">Open</strong>');
  });

  it("an intent button submits its intent", () => {
    expect(html(h(IntentButton, { intent: "reject", variant: "secondary", children: "Reject" }))).toBe(
      '<button class="nhsuk-button nhsuk-button--secondary" data-module="nhsuk-button" type="submit" name="intent" value="reject">Reject</button>',
    );
  });

  it("pagination links the first and last pages and two either side of the current one, and is absent for one page", () => {
    const out = html(h(Pagination, { page: 6, totalPages: 20, hrefFor: (n: number) => `?page=${n}` }));
    const pages = [...out.matchAll(/aria-label="Page (\d+)"/g)].map((m) => Number(m[1]));
    expect(pages).toEqual([1, 4, 5, 6, 7, 8, 20]);
    expect(out).toContain('href="?page=5" class="nhsuk-pagination__previous" rel="prev"');
    expect(out).toContain('href="?page=6" aria-label="Page 6" aria-current="page"');
    expect(out.match(/nhsuk-pagination__item--ellipsis/g)).toHaveLength(2);
    expect(html(h(Pagination, { page: 1, totalPages: 1, hrefFor: String }))).toBe("");
  });

  it("a details expander is the browser's own <details>, open only when asked", () => {
    expect(html(h(Details, { summary: "Record the decisions", expander: true, children: "Form" }))).toBe(
      '<details class="nhsuk-details nhsuk-expander"><summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">Record the decisions</span></summary><div class="nhsuk-details__text">Form</div></details>',
    );
    expect(html(h(Details, { summary: "Hint", open: true, children: "Text" }))).toContain('<details class="nhsuk-details" open="">');
  });

  it("a task list of one long page links each task to its part of the page with a plain anchor, described by its status; one that cannot start has no link", () => {
    const items = [{ key: "p", href: "#task-panel", title: "Choose the panel", hint: "3 judges", status: "done" as const }, { key: "x", href: "#task-x", title: "Later", status: "cannot-start" as const }];
    const out = html(h(TaskList, { idPrefix: "t", items }));
    expect(out).toContain('<a class="nhsuk-task-list__link nhsuk-link" href="#task-panel" aria-describedby="t-1-hint t-1-status">Choose the panel</a>');
    expect(out).toContain('<div class="nhsuk-task-list__status" id="t-1-status"><strong class="nhsuk-tag nhsuk-tag--green">Done</strong></div>');
    expect(out).toContain('<div class="nhsuk-task-list__status" id="t-2-status"><strong class="nhsuk-tag nhsuk-tag--no-colour nhsuk-tag--no-border nhsuk-u-font-weight-normal nhsuk-u-secondary-text-colour">Cannot start yet</strong></div>');
    expect(out).toContain('<li class="nhsuk-task-list__item"><div class="nhsuk-task-list__name-and-hint"><div>Later</div></div>');
    expect(out).not.toContain('href="#task-x"');
  });

  it("a task list links each task that can start, described by its hint and status, and names the status in words", () => {
    const out = html(
      h(TaskList, {
        idPrefix: "write",
        items: [
          { key: "a", title: "Summary", hint: "0 of up to 250 words", href: "/n/1/section-1", status: "not-started" },
          { key: "b", title: "Leads", href: "/n/1/leads", status: "completed" },
          { key: "c", title: "Check and submit", href: "/n/1/submit", status: "cannot-start" },
        ],
      }),
    );
    expect(out).toContain('<a class="nhsuk-task-list__link nhsuk-link" href="/n/1/section-1" aria-describedby="write-1-hint write-1-status">Summary</a>');
    expect(out).toContain('<div class="nhsuk-task-list__hint" id="write-1-hint">0 of up to 250 words</div>');
    expect(out).toContain('<div class="nhsuk-task-list__status" id="write-2-status"><strong class="nhsuk-tag nhsuk-tag--no-colour nhsuk-tag--no-border nhsuk-u-font-weight-normal">Completed</strong></div>');
    expect(out).not.toContain('href="/n/1/submit"');
    expect(out).toContain('<li class="nhsuk-task-list__item"><div class="nhsuk-task-list__name-and-hint"><div>Check and submit</div>');
    expect(out).toContain("Cannot start yet");
  });

  it("a warning callout reads its heading as 'Important: …' at the level asked", () => {
    expect(html(h(WarningCallout, { heading: "Read only", children: h("p", null, "Closed.") }))).toBe(
      '<div class="nhsuk-warning-callout"><h2 class="nhsuk-warning-callout__label"><span role="text"><span class="nhsuk-u-visually-hidden">Important: </span>Read only</span></h2><p>Closed.</p></div>',
    );
    expect(html(h(WarningCallout, { heading: "Not saved", level: 3, children: "x" }))).toContain('<h3 class="nhsuk-warning-callout__label">');
  });
});
