// /organisations/search?q=: the national register's matches for the organisation picker's search as
// you type, as JSON (at most 20). Public, because registering needs it; it searches the whole
// register the same way for everyone and says nothing of who has entered or has members.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { MAX_SEARCH_LENGTH } from "~/domain/national-register";
import { searchRegister } from "~/models/organisations.server";
import { getDb } from "~/platform/db.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const query = (new URL(request.url).searchParams.get("q") ?? "").slice(0, MAX_SEARCH_LENGTH);
  const results = await searchRegister(getDb(), query);
  return new Response(JSON.stringify({ query, results }), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}
