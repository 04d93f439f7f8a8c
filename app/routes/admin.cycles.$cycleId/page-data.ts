// The types the sections of an award cycle's page share: the loader's data, and what the last post
// sent back (its values and errors), which each section shows when the post was its own intent.
import type { useLoaderData } from "@remix-run/react";
import type { loader } from "./route";

export { valuesFor, type Posted } from "~/components/posted";

export type CyclePageData = ReturnType<typeof useLoaderData<typeof loader>>;
