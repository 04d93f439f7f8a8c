// Any address that matches no page: the 404 page, in the site's own style.
import { notFound } from "~/request/permissions.server";

export async function loader() {
  notFound();
}

export async function action() {
  notFound();
}

export default function NotFound() {
  return null;
}
