/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

import "@remix-run/node";

declare module "@remix-run/node" {
  // Single fetch is on in remix.config.js; this makes loader and action types match it.
  interface Future {
    v3_singleFetch: true;
  }
}
