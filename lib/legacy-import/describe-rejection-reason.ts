import type { RowProblemCode } from "./types";

// Why rows were rejected, in words staff read on the report page and the
// command line (the codes stay in the rejected-rows CSV, for sorting and
// filtering, beside each row's own message).

const REJECTION_REASONS: Record<RowProblemCode, string> = {
  "wrong-column-count": "Wrong number of columns",
  "empty-row": "Empty row",
  "nhs-number-check-digit": "NHS number fails its check digit",
  "nhs-number-not-digits": "NHS number is not all digits",
  "nhs-number-wrong-length": "NHS number is not 10 digits",
  "name-missing": "Name missing",
  "name-too-long": "Name too long",
  "name-invalid-characters": "Name has characters a name cannot have",
  "date-of-birth-invalid": "Date of birth is not a real date",
  "date-of-birth-in-future": "Date of birth is in the future",
  "date-of-birth-too-early": "Date of birth is too long ago",
  "postcode-invalid": "Postcode is not a valid UK postcode",
  "practice-code-invalid": "GP practice code is not a valid ODS code",
  "unknown-code": "Not an opt-out or opt-in code",
  "event-date-invalid": "Decision date is not a real date",
  "event-date-skipped-by-clock-change": "Decision time did not exist (the clocks went forward)",
  "event-date-no-time-zone": "Decision time has no time zone",
  "event-date-in-future": "Decision date is in the future",
  "event-date-before-birth": "Decision date is before the date of birth",
  "unknown-status": "Status is neither active nor entered-in-error",
  "carriage-return-in-row": "Row ends with a carriage return (CIDR rows end with a line feed)",
  "entered-by-invalid": "Entered by is not valid",
  "retracts-nothing": "Entered in error, but nothing earlier to retract",
};

/** A rejection reason in words. */
export function describeRejectionReason(code: RowProblemCode): string {
  return REJECTION_REASONS[code];
}
