import { Radios } from "@/components/form-fields";

import type { FieldsProps } from "./types";

export function WhoForFields({ title, errors, values, register, words }: FieldsProps) {
  const { WHO_FOR } = words;
  return <Radios idPrefix="madeBy" name="madeBy" legend={title} isPageHeading options={WHO_FOR.options} error={errors.madeBy} defaultValue={values.madeBy} registration={register("madeBy")} />;
}
