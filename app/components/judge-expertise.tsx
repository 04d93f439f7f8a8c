// The form for a judge's expertise, on the secretariat's page for the judge and on the judge's own
// account page: a few tags from the SPF's list and a short note. Works without JavaScript.
import { Form } from "@remix-run/react";
import { EXPERTISE_LABELS, EXPERTISE_NOTE_MAX, EXPERTISE_TAGS } from "~/domain/judge-expertise";
import { Button, Checkboxes, Textarea } from "./forms";

type Props = {
  /** What is stored, or what was typed when the form came back with a problem. */
  tags: readonly string[];
  note: string;
  errors?: Partial<Record<string, string>>;
  /** "their" on the secretariat's page, "your" on the judge's own. */
  whose: "their" | "your";
};

export function JudgeExpertiseForm({ tags, note, errors, whose }: Props) {
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="expertise" />
      <Checkboxes
        name="expertise"
        legend="Expertise"
        hint={`Used to balance each panel. Tick what fits ${whose} experience, if any.`}
        error={errors?.expertise}
        checked={new Set(tags)}
        options={EXPERTISE_TAGS.map((t) => ({ value: t, label: EXPERTISE_LABELS[t] }))}
      />
      <Textarea
        name="expertiseNote"
        label="Anything else about this expertise (optional)"
        hint={`Up to ${EXPERTISE_NOTE_MAX} characters, such as a specialism or a role held before.`}
        rows={2}
        defaultValue={note}
        error={errors?.expertiseNote}
      />
      <Button variant="secondary">Save expertise</Button>
    </Form>
  );
}
