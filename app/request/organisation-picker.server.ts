// The server's half of the organisation picker (app/components/organisation-picker.tsx): the search a
// page shows without JavaScript (?<field>Search=... on the page's own URL), and checking the chosen
// id against the national register, closed organisations allowed or not.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { MAX_SEARCH_LENGTH } from "~/domain/national-register";
import { getRegisterChoice, searchRegister, type RegisterChoice } from "~/models/organisations.server";

export type PickerSearch = { query: string; matches: RegisterChoice[] };

/** The query parameter that carries a picker's search, for the field `name`. */
export function pickerSearchParam(name: string): string {
  return `${name}Search`;
}

/**
 * What the picker for `name` was asked to search for on this page's URL, and the matches; or, when
 * nothing was asked, a search the page suggests (such as the name an entrant typed).
 */
export async function pickerSearch(db: Kysely<Database>, request: Request, name: string, suggested = ""): Promise<PickerSearch> {
  const asked = new URL(request.url).searchParams.get(pickerSearchParam(name)) ?? "";
  const query = (asked.trim() ? asked : suggested).slice(0, MAX_SEARCH_LENGTH);
  return { query, matches: query.trim() ? await searchRegister(db, query) : [] };
}

export type ChosenOrganisation = { ok: true; organisation: RegisterChoice } | { ok: false; error: string };

/**
 * The organisation a form's picker chose, checked against the register: the id must name one, and a
 * closed one only where closed ones are allowed (a conflict may name one; registering may not).
 */
export async function chosenOrganisation(
  db: Kysely<Database>,
  raw: FormDataEntryValue | null | undefined,
  {
    allowClosed,
    missing = "Select an organisation from the register",
    closed = "choose the organisation that took over its work",
  }: { allowClosed: boolean; missing?: string; closed?: string },
): Promise<ChosenOrganisation> {
  const text = typeof raw === "string" ? raw.trim() : "";
  if (!/^[1-9][0-9]{0,14}$/.test(text)) return { ok: false, error: missing };
  const organisation = await getRegisterChoice(db, Number(text));
  if (!organisation) return { ok: false, error: missing };
  if (organisation.closedOn && !allowClosed) {
    return {
      ok: false,
      error: `${organisation.name} ${organisation.closedNote}: ${closed}`,
    };
  }
  return { ok: true, organisation };
}
