import { TextInput } from "@/components/form-fields";

import type { FieldsProps } from "./types";

export function NameFields({ title, whoFor, errors, values, register, words }: FieldsProps) {
  const { NAME } = words;
  // Browsers may fill in the resident's own name only when the choice is for themselves.
  const isSelf = whoFor === "myself";
  return (
    <>
      <h1>{title}</h1>
      <TextInput id="givenName" name="givenName" label={NAME.givenName.label} error={errors.givenName} defaultValue={values.givenName} autoComplete={isSelf ? "given-name" : "off"} spellCheck={false} widthClass="nhsuk-u-width-two-thirds" registration={register("givenName")} />
      <TextInput id="familyName" name="familyName" label={NAME.familyName.label} error={errors.familyName} defaultValue={values.familyName} autoComplete={isSelf ? "family-name" : "off"} spellCheck={false} widthClass="nhsuk-u-width-two-thirds" registration={register("familyName")} />
    </>
  );
}
