// A signed-in visitor's copy of a public page, made from the anonymous copy in the page cache
// (docs/decisions/036, session 9). A page that shows everyone the same thing but its header (a case
// study, the archive's lists, a year, the charts: their loaders say so with SAME_FOR_EVERYONE_HEADER)
// differs for a signed-in visitor in two places only: the NHS.UK header (their name, Sign out, their
// role's navigation) and the root route's data in the page's hydration stream (`user`, null in the
// anonymous copy). So the copy is the anonymous page with those two replaced: the header as the
// build's own component renders it for this user, and the root's `user` pointed at the user's name
// and roles, appended to the stream's values (turbo-stream refers to values by their index, so
// appending moves nothing). Rendering the whole page again for each signed-in request cost 4–8 ms of
// server CPU; this is a few copies of the page's bytes.
//
// Anything not shaped as expected (no header, no single stream chunk, a root without `user: null`)
// gives null, and the server renders the page as it always did.

/** Where the parts of an anonymous page are, worked out once per cached copy. */
export type PageFrame = {
  /** Byte offsets of the header element: [start, end). */
  headerStart: number;
  headerEnd: number;
  /** Byte offsets of the stream chunk's string literal, quotes included: [start, end). */
  payloadStart: number;
  payloadEnd: number;
  /** The chunk's text up to the root's data, escaped as it stands in the page (no quotes). */
  beforeRoot: string;
  /** The root's data object, its `user` entry to be replaced. */
  rootData: Record<string, number>;
  /** The key of `user` in rootData ("_N"). */
  userKey: string;
  /** The chunk's text after the root's data up to its closing bracket, escaped as it stands. */
  afterRoot: string;
  /** How many values the chunk has: the user's are appended from this index on. */
  values: number;
};

const HEADER_START = '<header class="nhsuk-header"';
const HEADER_END = "</header>";
const ENQUEUE = "window.__remixContext.streamController.enqueue(";
const ENQUEUE_END = ");</script>";
/** turbo-stream's encoding of null. */
const NULL = -5;
const ROOT_MARK = "\u0000root\u0000";

// As Remix escapes the stream's chunk inside its script element (@remix-run/react's escapeHtml).
const ESCAPES: Record<string, string> = { "&": "\\u0026", ">": "\\u003e", "<": "\\u003c", "\u2028": "\\u2028", "\u2029": "\\u2029" };
function escapeInScript(text: string): string {
  return text.replace(/[&><\u2028\u2029]/g, (c) => ESCAPES[c]);
}

/** A JSON string's text without its quotes, escaped as in the page. */
function quotedInside(text: string): string {
  const quoted = JSON.stringify(text);
  return escapeInScript(quoted.slice(1, -1));
}

function only(body: Buffer, marker: string): number {
  const at = body.indexOf(marker, 0, "utf8");
  if (at < 0 || body.indexOf(marker, at + 1, "utf8") >= 0) return -1;
  return at;
}

/** The parts of an anonymous page, or null if it is not shaped as a signed-in copy needs. */
export function pageFrame(body: Buffer): PageFrame | null {
  const headerStart = only(body, HEADER_START);
  if (headerStart < 0) return null;
  const headerClose = body.indexOf(HEADER_END, headerStart, "utf8");
  if (headerClose < 0) return null;
  const headerEnd = headerClose + HEADER_END.length;
  const enqueue = only(body, ENQUEUE);
  if (enqueue < headerEnd) return null;
  const payloadStart = enqueue + ENQUEUE.length;
  const payloadEnd = body.indexOf(ENQUEUE_END, payloadStart, "utf8");
  if (payloadEnd < 0) return null;
  let values: unknown[];
  try {
    const chunk: unknown = JSON.parse(body.subarray(payloadStart, payloadEnd).toString("utf8"));
    // One line: the whole of the data, nothing deferred.
    if (typeof chunk !== "string" || !chunk.endsWith("\n") || chunk.indexOf("\n") !== chunk.length - 1) return null;
    values = JSON.parse(chunk) as unknown[];
  } catch {
    return null;
  }
  if (!Array.isArray(values)) return null;
  const keyOf = (object: unknown, name: string): string | null => {
    if (!object || typeof object !== "object" || Array.isArray(object)) return null;
    for (const key of Object.keys(object)) if (values[Number(key.slice(1))] === name) return key;
    return null;
  };
  const top = values[0] as Record<string, number>;
  const loaderDataKey = keyOf(top, "loaderData");
  if (!loaderDataKey) return null;
  const loaderData = values[top[loaderDataKey]] as Record<string, number>;
  const rootKey = keyOf(loaderData, "root");
  if (!rootKey) return null;
  const rootIndex = loaderData[rootKey];
  const rootData = values[rootIndex] as Record<string, number>;
  const userKey = keyOf(rootData, "user");
  if (!userKey || rootData[userKey] !== NULL) return null;
  // The chunk's text around the root's data, with a mark where it stands.
  const marked = [...values];
  marked[rootIndex] = ROOT_MARK;
  const text = JSON.stringify(marked);
  const [before, after, extra] = text.split(JSON.stringify(ROOT_MARK));
  if (extra !== undefined || after === undefined || !after.endsWith("]")) return null;
  return {
    headerStart,
    headerEnd,
    payloadStart,
    payloadEnd,
    beforeRoot: quotedInside(before),
    rootData,
    userKey,
    afterRoot: quotedInside(after.slice(0, -1)),
    values: values.length,
  };
}

/** The signed-in user as turbo-stream values, appended from index `from`: [their index, the values]. */
function encodeUser(user: { name: string; roles: readonly string[] }, from: number): [number, unknown[]] {
  const values: unknown[] = [];
  const add = (value: unknown) => values.push(value) - 1 + from;
  const object: Record<string, number> = {};
  const at = add(object);
  object[`_${add("name")}`] = add(user.name);
  const roles: number[] = [];
  object[`_${add("roles")}`] = add(roles);
  for (const role of user.roles) roles.push(add(role));
  return [at, values];
}

/**
 * The signed-in copy of an anonymous page (its body with this response's nonce already in it): the
 * header replaced by `headerHtml`, the root's `user` by this user.
 */
export function signedInPage(body: Buffer, frame: PageFrame, headerHtml: string, user: { name: string; roles: readonly string[] }): Buffer {
  const [userIndex, userValues] = encodeUser(user, frame.values);
  const rootData = { ...frame.rootData, [frame.userKey]: userIndex };
  const appended = userValues.map((v) => JSON.stringify(v)).join(",");
  const chunk = `"${frame.beforeRoot}${quotedInside(JSON.stringify(rootData))}${frame.afterRoot}${quotedInside(`,${appended}]\n`)}"`;
  return Buffer.concat([
    body.subarray(0, frame.headerStart),
    Buffer.from(headerHtml, "utf8"),
    body.subarray(frame.headerEnd, frame.payloadStart),
    Buffer.from(chunk, "utf8"),
    body.subarray(frame.payloadEnd),
  ]);
}

type HeaderUser = { name: string; roles: readonly string[] };

/**
 * The site header as `render` makes it, kept for each name, set of roles and path it was asked for
 * (the header reads nothing else): rendering it was about 0.12 ms of a signed-in copy's 0.6–0.85 ms.
 * At most `most` are kept; when full, the kept ones are dropped and kept afresh.
 */
export function keptHeaders(render: (user: HeaderUser, pathname: string) => string, most = 1000): (user: HeaderUser, pathname: string) => string {
  const kept = new Map<string, string>();
  return (user, pathname) => {
    const key = JSON.stringify([user.name, user.roles, pathname]);
    let html = kept.get(key);
    if (html === undefined) {
      html = render({ name: user.name, roles: [...user.roles] }, pathname);
      if (kept.size >= most) kept.clear();
      kept.set(key, html);
    }
    return html;
  };
}
