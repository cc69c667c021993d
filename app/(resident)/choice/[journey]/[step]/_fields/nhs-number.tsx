import { Details } from "@/components/details";
import { TextInput } from "@/components/form-fields";

import type { FieldsProps } from "./types";

export function NhsNumberFields({ title, errors, values, register, words }: FieldsProps) {
  const { NHS_NUMBER } = words;
  return (
    <>
      <h1>{title}</h1>
      <TextInput id="nhsNumber" name="nhsNumber" label={NHS_NUMBER.label} hint={NHS_NUMBER.hint} error={errors.nhsNumber} defaultValue={values.nhsNumber} inputMode="numeric" spellCheck={false} widthClass="nhsuk-input--width-10" registration={register("nhsNumber")} />
      <Details summary={NHS_NUMBER.helpSummary}>
        {NHS_NUMBER.help.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </Details>
    </>
  );
}
