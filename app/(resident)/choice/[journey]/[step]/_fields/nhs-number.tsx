import { Details } from "@/components/details";
import { TextInput } from "@/components/form-fields";
import { NHS_NUMBER } from "@/lib/content/choice";

import type { FieldsProps } from "./types";

export function NhsNumberFields({ title, errors, values, register }: FieldsProps) {
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
