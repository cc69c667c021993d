import { TextInput } from "@/components/form-fields";

import type { FieldsProps } from "./types";

export function EmailFields({ title, errors, values, register, words }: FieldsProps) {
  const { EMAIL } = words;
  return (
    <>
      <h1>{title}</h1>
      <TextInput id="email" name="email" type="email" label={EMAIL.label} hint={EMAIL.hint} error={errors.email} defaultValue={values.email} autoComplete="email" spellCheck={false} widthClass="nhsuk-u-width-two-thirds" registration={register("email")} />
    </>
  );
}
