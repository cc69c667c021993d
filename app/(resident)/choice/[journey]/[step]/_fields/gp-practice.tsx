import { Select } from "@/components/select";

import type { FieldsProps } from "./types";

export function GpPracticeFields({ title, errors, values, register, data, words }: FieldsProps) {
  const { GP_PRACTICE } = words;
  const practices = (data.practices ?? []) as { value: string; label: string }[];
  return (
    <>
      <h1>{title}</h1>
      <Select id="gpPracticeOds" name="gpPracticeOds" label={GP_PRACTICE.label} hint={GP_PRACTICE.hint} error={errors.gpPracticeOds} defaultValue={values.gpPracticeOds ?? ""} options={[{ value: "", label: GP_PRACTICE.none }, ...practices]} registration={register("gpPracticeOds")} />
    </>
  );
}
