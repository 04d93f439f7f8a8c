// The small NHS.UK kit: markup from nhsuk-frontend as typed React components, so that pages say what
// they show (a summary list, a table of rows) instead of repeating the classes by hand.
export { BackLink } from "./back-link";
export { Caption } from "./caption";
export { GridColumn, GridRow, TwoThirds, type ColumnWidth } from "./grid";
export { HeaderNavigation, type HeaderNavigationItem } from "./header-navigation";
export { IntentButton } from "./intent-button";
export { PasswordInput } from "./password-input";
export { Pagination } from "./pagination";
export { SummaryList, type SummaryRow } from "./summary-list";
export { Table, TableContainer, type Column } from "./table";
export { Tag, type TagColour } from "./tag";
export { Details } from "./details";
export { TaskList, type TaskListItem, type TaskListStatus } from "./task-list";
export { WarningCallout } from "./warning-callout";
