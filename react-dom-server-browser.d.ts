// React's web-streams renderer under its own path (app/entry.server.tsx says why it is used).
declare module "react-dom/server.browser" {
  export { renderToReadableStream, renderToString } from "react-dom/server";
}
