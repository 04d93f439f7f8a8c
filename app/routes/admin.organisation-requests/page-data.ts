// The types the two views of the organisation requests page share: the loader's data and what a post sent back.
import type { useLoaderData } from "@remix-run/react";
import type { FieldErrors, FormValues } from "~/components/forms";
import type { loader } from "./route";

export type RequestsPageData = ReturnType<typeof useLoaderData<typeof loader>>;

export type Posted = { errors: FieldErrors; values: FormValues } | undefined;
