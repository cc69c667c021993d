import { DateInput } from "@/components/date-input";

import type { FieldsProps } from "./types";

const OWN_BIRTHDAY = { day: "bday-day", month: "bday-month", year: "bday-year" } as const;
const NO_AUTOFILL = { day: "off", month: "off", year: "off" } as const;

export function DateOfBirthFields({ title, whoFor, errors, values, register, words }: FieldsProps) {
  const { DATE_OF_BIRTH } = words;
  return (
    <DateInput
      id="dateOfBirth"
      legend={title}
      isPageHeading
      hint={DATE_OF_BIRTH.hint}
      error={errors.dateOfBirth}
      labels={{ day: DATE_OF_BIRTH.day, month: DATE_OF_BIRTH.month, year: DATE_OF_BIRTH.year }}
      names={{ day: "dobDay", month: "dobMonth", year: "dobYear" }}
      // The browser knows the resident's own birthday, not the child's or the person's they act for.
      autoComplete={whoFor === "myself" ? OWN_BIRTHDAY : NO_AUTOFILL}
      defaultValues={{ day: values.dobDay, month: values.dobMonth, year: values.dobYear }}
      registrations={{ day: register("dobDay"), month: register("dobMonth"), year: register("dobYear") }}
    />
  );
}
