// The judging page's data as its sections receive it.
import type { useLoaderData } from "@remix-run/react";
import type { loader } from "./route";

export type JudgingPageData = ReturnType<typeof useLoaderData<typeof loader>>;
