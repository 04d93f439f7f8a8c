// The fields of the nomination's parts other than the answers: the title, the unions involved and
// consent to publish (about the initiative), both leads (who are asked to endorse it), and the names
// to hide from judges.
type Values = Partial<Record<string, string>>;
type Errors = Partial<Record<string, string>> | undefined;

function ErrorMessage({ name, error }: { name: string; error: string | undefined }) {
  return error ? (
    <span className="nhsuk-error-message" id={`${name}-error`}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {error}
    </span>
  ) : null;
}

export function TitleField({ error, value }: { error: string | undefined; value: string | undefined }) {
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <label className="nhsuk-label nhsuk-label--s" htmlFor="title">
        Title of the initiative
      </label>
      <ErrorMessage name="title" error={error} />
      <input className="nhsuk-input" id="title" name="title" type="text" dir="auto" defaultValue={value} aria-describedby={error ? "title-error" : undefined} />
    </div>
  );
}

const LEADS = [
  ["employer_lead", "Employer lead"],
  ["staff_lead", "Staff-side lead"],
] as const;

const LEAD_FIELDS = [
  ["name", "Full name", "text"],
  ["role", "Role", "text"],
  ["email", "Email address", "email"],
] as const;

export function LeadsFields({ errors, initial }: { errors: Errors; initial: Values }) {
  return (
    <>
      <p>When you submit, we will ask both leads by email to confirm the nomination. They do not need an account.</p>
      {LEADS.map(([prefix, label]) => (
        <fieldset className="nhsuk-fieldset" key={prefix}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{label}</legend>
          {LEAD_FIELDS.map(([field, fieldLabel, type]) => {
            const name = `${prefix}_${field}`;
            const error = errors?.[name];
            return (
              <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`} key={name}>
                <label className="nhsuk-label" htmlFor={name}>
                  {label}: {fieldLabel.toLowerCase()}
                </label>
                <ErrorMessage name={name} error={error} />
                <input className="nhsuk-input" id={name} name={name} type={type} dir="auto" spellCheck={type === "email" ? false : undefined} defaultValue={initial[name]} aria-describedby={error ? `${name}-error` : undefined} />
              </div>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}

function hinted(name: string, error: string | undefined) {
  return [`${name}-hint`, error ? `${name}-error` : null].filter(Boolean).join(" ");
}

export function UnionsField({ error, value }: { error: string | undefined; value: string | undefined }) {
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <label className="nhsuk-label nhsuk-label--s" htmlFor="unions">
        Unions involved
      </label>
      <div className="nhsuk-hint" id="unions-hint">
        For example UNISON, RCN, Unite, GMB.
      </div>
      <ErrorMessage name="unions" error={error} />
      <textarea className="nhsuk-textarea" id="unions" name="unions" rows={2} dir="auto" defaultValue={value} aria-describedby={hinted("unions", error)} />
    </div>
  );
}

export function NamesToHideField({ error, value }: { error: string | undefined; value: string | undefined }) {
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <label className="nhsuk-label nhsuk-label--s" htmlFor="identifying_terms">
        Names to hide from judges
      </label>
      <div className="nhsuk-hint" id="identifying_terms-hint">
        Judges score entries without knowing who they are from. List, one per line, everything in your entry that would tell them who you are: hospitals and sites (Arrowe Park Hospital, Ward 7), services and programmes (Healthy Minds Wirral), local places (Birkenhead), partner bodies (Wirral Council, Cheshire and Merseyside ICB), people named in the text (Dr Ade Okafor, Ray Jones) and social media handles (@OurTrustNHS, #TeamOurTrust). Your organisation's names and the leads' names are hidden anyway. Before you submit, you can see your entry as judges will see it.
      </div>
      <ErrorMessage name="identifying_terms" error={error} />
      <textarea className="nhsuk-textarea" id="identifying_terms" name="identifying_terms" rows={6} dir="auto" defaultValue={value} aria-describedby={hinted("identifying_terms", error)} />
    </div>
  );
}

export function ConsentField({ checked }: { checked: boolean }) {
  return (
    <div className="nhsuk-form-group">
      <div className="nhsuk-checkboxes">
        <div className="nhsuk-checkboxes__item">
          <input className="nhsuk-checkboxes__input" id="consent_to_publish" name="consent_to_publish" type="checkbox" value="yes" defaultChecked={checked} />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="consent_to_publish">
            If shortlisted, the SPF may publish this entry as a case study
          </label>
        </div>
      </div>
    </div>
  );
}
