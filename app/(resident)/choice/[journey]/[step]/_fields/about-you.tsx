import { TextInput } from "@/components/form-fields";

import type { FieldsProps } from "./types";

export function AboutYouFields({ title, errors, values, register, words }: FieldsProps) {
  const { ABOUT_YOU } = words;
  return (
    <>
      <h1>{title}</h1>
      <p>{ABOUT_YOU.hint}</p>
      <TextInput id="proxyName" name="proxyName" label={ABOUT_YOU.proxyName.label} error={errors.proxyName} defaultValue={values.proxyName} autoComplete="name" spellCheck={false} widthClass="nhsuk-u-width-two-thirds" registration={register("proxyName")} />
      <TextInput id="proxyRelationship" name="proxyRelationship" label={ABOUT_YOU.proxyRelationship.label} hint={ABOUT_YOU.proxyRelationship.hint} error={errors.proxyRelationship} defaultValue={values.proxyRelationship} widthClass="nhsuk-u-width-one-half" registration={register("proxyRelationship")} />
    </>
  );
}
