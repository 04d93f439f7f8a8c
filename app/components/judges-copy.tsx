// The judges' copy of an entry with each hidden passage's placeholder marked, for the entrant's
// preview: the placeholder stands out on screen and is read out as what it hides.
import { PLACEHOLDERS, type RedactionKind } from "~/domain/redaction";

const SPOKEN: Record<RedactionKind, string> = {
  organisation: "hidden: an organisation",
  person: "hidden: a person",
  place: "hidden: a place",
  contact: "hidden: contact details",
  term: "hidden: words you listed",
};

const KIND_OF = new Map(Object.entries(PLACEHOLDERS).map(([kind, placeholder]) => [placeholder, kind as RedactionKind]));
const PLACEHOLDER = new RegExp(`(${Object.values(PLACEHOLDERS).map((p) => p.replace(/[[\]]/g, "\\$&")).join("|")})`);

export function MarkedJudgesCopy({ text }: { text: string }) {
  if (!text.trim()) return <p className="nhsuk-hint">Not answered</p>;
  return (
    <p style={{ whiteSpace: "pre-line" }}>
      {text.split(PLACEHOLDER).map((part, i) => {
        const kind = KIND_OF.get(part);
        if (!kind) return part;
        return (
          <mark key={i} className="judging-redacted" style={{ outline: "1px solid #425563", padding: "0 2px", fontWeight: 600 }}>
            <span aria-hidden="true">{part}</span>
            <span className="nhsuk-u-visually-hidden">({SPOKEN[kind]})</span>
          </mark>
        );
      })}
    </p>
  );
}
