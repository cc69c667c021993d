import { Radios } from "@/components/form-fields";
import { WHO_FOR } from "@/lib/content/choice";

import type { FieldsProps } from "./types";

export function WhoForFields({ title, errors, values, register }: FieldsProps) {
  return <Radios idPrefix="madeBy" name="madeBy" legend={title} isPageHeading options={WHO_FOR.options} error={errors.madeBy} defaultValue={values.madeBy} registration={register("madeBy")} />;
}
