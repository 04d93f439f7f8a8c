// Route parameters. An id that is not a plain positive number can name nothing, so it is a 404,
// the same answer as an id that does not exist.
import { notFound } from "./permissions.server";

export function idParam(value: string | undefined): number {
  if (!value || !/^[1-9][0-9]{0,14}$/.test(value)) notFound();
  return Number(value);
}
