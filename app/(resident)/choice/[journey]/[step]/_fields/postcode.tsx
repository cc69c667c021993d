import { TextInput } from "@/components/form-fields";

import type { FieldsProps } from "./types";

export function PostcodeFields({ title, errors, values, register, words }: FieldsProps) {
  const { POSTCODE } = words;
  return (
    <>
      <h1>{title}</h1>
      <TextInput id="postcode" name="postcode" label={POSTCODE.label} hint={POSTCODE.hint} error={errors.postcode} defaultValue={values.postcode} autoComplete="postal-code" spellCheck={false} widthClass="nhsuk-input--width-10" registration={register("postcode")} />
    </>
  );
}
