// The fields of an organisation, shared by the add and edit pages so the two cannot drift apart.
import { ORGANISATION_TYPES } from "~/domain/vocabulary";
import { ORGANISATION_TYPE_LABELS } from "~/domain/permissions";
import { MAX_ALIASES, REGIONS } from "~/domain/organisations";
import { Select, Textarea, TextInput, type FieldErrors, type FormValues } from "./forms";

/** The fields in page order, for sorting the error summary to match. */
export const ORGANISATION_FIELD_ORDER = ["name", "shortName", "type", "region", "odsCode", "aliases", "formerNames", "successorOdsCode"];

export const ORGANISATION_TYPE_OPTIONS = ORGANISATION_TYPES.map((t) => ({ value: t, label: ORGANISATION_TYPE_LABELS[t] }));
export const REGION_OPTIONS = REGIONS.map((r) => ({ value: r, label: r }));

/** The type-of-organisation and region selects, used wherever an organisation is added. */
export function OrganisationTypeAndRegion({ values, errors }: { values: FormValues; errors?: FieldErrors }) {
  return (
    <>
      <Select
        name="type"
        label="Type of organisation"
        error={errors?.type}
        defaultValue={values.type}
        options={ORGANISATION_TYPE_OPTIONS}
        placeholder="Select a type"
      />
      <Select
        name="region"
        label="Region"
        hint="The NHS England region, or the nation for organisations outside England"
        error={errors?.region}
        defaultValue={values.region}
        options={REGION_OPTIONS}
        placeholder="Select a region"
      />
    </>
  );
}

export function OrganisationFields({ values, errors }: { values: FormValues; errors?: FieldErrors }) {
  return (
    <>
      <TextInput name="name" label="Name" hint="The full name, such as Northmoor Valley NHS Foundation Trust" error={errors?.name} defaultValue={values.name} autoComplete="off" />
      <TextInput
        name="shortName"
        label="Short name (optional)"
        hint="The name people use day to day, such as Northmoor Valley"
        error={errors?.shortName}
        defaultValue={values.shortName}
        autoComplete="off"
        width={30}
      />
      <OrganisationTypeAndRegion values={values} errors={errors} />
      <TextInput
        name="odsCode"
        label="ODS code (optional)"
        hint="The organisation's code in the NHS Organisation Data Service, such as RJ1"
        error={errors?.odsCode}
        defaultValue={values.odsCode}
        autoComplete="off"
        width={10}
        spellCheck={false}
      />
      <Textarea
        name="aliases"
        label="Other names (optional)"
        hint={`Acronyms, former names and hospital names that entrants might search for, one per line (up to ${MAX_ALIASES})`}
        error={errors?.aliases}
        defaultValue={values.aliases}
        rows={6}
      />
      <Textarea
        name="formerNames"
        label="Former names (optional)"
        hint="Names it had before, and the names of organisations merged into it, one per line"
        error={errors?.formerNames}
        defaultValue={values.formerNames}
        rows={3}
      />
      <TextInput
        name="successorOdsCode"
        label="Taken over by (optional)"
        hint="If it has closed or merged: the ODS code of the organisation that does its work now, such as R0A"
        error={errors?.successorOdsCode}
        defaultValue={values.successorOdsCode}
        autoComplete="off"
        width={10}
        spellCheck={false}
      />
    </>
  );
}
