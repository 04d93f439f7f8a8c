// Sign out: POST only, so that a link or an image cannot sign anyone out.
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { endSession } from "~/request/auth.server";

export async function action({ request }: ActionFunctionArgs) {
  const cookie = await endSession(request);
  return redirect("/login?notice=signed-out", { headers: { "Set-Cookie": cookie } });
}

export async function loader() {
  return redirect("/");
}
