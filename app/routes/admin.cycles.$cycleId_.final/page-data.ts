// The type the sections of the final-round page share: the loader's data. What the last post sent
// back is a Posted (app/components/posted.ts).
import type { useLoaderData } from "@remix-run/react";
import type { loader } from "./route";

export type FinalPageData = ReturnType<typeof useLoaderData<typeof loader>>;
