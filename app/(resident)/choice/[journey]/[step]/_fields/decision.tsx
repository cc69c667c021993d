import { Radios } from "@/components/form-fields";

import type { FieldsProps } from "./types";

export function DecisionFields({ title, errors, values, register, words }: FieldsProps) {
  const { DECISION } = words;
  return <Radios idPrefix="choice" name="choice" legend={title} isPageHeading options={DECISION.options} error={errors.choice} defaultValue={values.choice} registration={register("choice")} />;
}
