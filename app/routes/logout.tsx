// Sign out: POST only, so that a link or an image cannot sign anyone out.
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { signInNotices } from "~/request/account-forms.server";
import { endSession } from "~/request/auth.server";

export async function action({ request }: ActionFunctionArgs) {
  const cookie = await endSession(request);
  return redirect(signInNotices.href("/login", "signed-out"), { headers: { "Set-Cookie": cookie } });
}

export async function loader() {
  return redirect("/");
}
