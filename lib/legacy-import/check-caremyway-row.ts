import {
  checkBirthDate,
  checkDecisionTime,
  checkName,
  checkNhsNumber,
  checkPostcode,
  checkPracticeCode,
  checkRowShape,
  CONTROL,
  LONE_SURROGATE,
  MAX_ENTERED_BY_LENGTH,
  quote,
  toIsoDate,
} from "./check-fields";
import { CAREMYWAY_FORMAT } from "./formats";
import { isRealDate, londonTimeToInstant } from "./london-time";
import type { RowCheck } from "./types";

const UK_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const UK_DATE_TIME = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2}))?$/;

export type RowContext = { rowNumber: number; now: number; today: string };

/**
 * Checks one CareMyWay data row (fields already split by the CSV parser).
 * EVENT_DATE is UK local time; a date alone is the start of that day.
 */
export function checkCareMyWayRow(fields: readonly string[], context: RowContext): RowCheck {
  const columns = CAREMYWAY_FORMAT.columns;
  const badShape = checkRowShape(fields, columns, "an unquoted comma in a name?");
  if (badShape) return badShape;
  const [nhsRaw, surnameRaw, forenamesRaw, birthRaw, postcodeRaw, practiceRaw, codeRaw, eventRaw, enteredByRaw] = fields as [
    string, string, string, string, string, string, string, string, string,
  ];

  const nhsNumber = checkNhsNumber("NHS_NUMBER", nhsRaw);
  if (!nhsNumber.ok) return nhsNumber;

  const code = codeRaw.trim();
  const choice = CAREMYWAY_FORMAT.codes[code];
  if (!choice) {
    return {
      ok: false,
      problem: { code: "unknown-code", message: `READ_CODE ${quote(codeRaw)} is not 93C1. (opt-out) or 93C0. (opt-in)` },
    };
  }

  const familyName = checkName("SURNAME", surnameRaw);
  if (!familyName.ok) return familyName;
  const givenName = checkName("FORENAMES", forenamesRaw);
  if (!givenName.ok) return givenName;

  const birth = UK_DATE.exec(birthRaw.trim());
  if (!birth || !isRealDate(Number(birth[3]), Number(birth[2]), Number(birth[1]))) {
    return { ok: false, problem: { code: "date-of-birth-invalid", message: `DATE_OF_BIRTH ${quote(birthRaw)} is not a real date as dd/mm/yyyy` } };
  }
  const dateOfBirth = checkBirthDate("DATE_OF_BIRTH", birthRaw, toIsoDate(Number(birth[3]), Number(birth[2]), Number(birth[1])), context.today);
  if (!dateOfBirth.ok) return dateOfBirth;

  const postcode = checkPostcode("POSTCODE", postcodeRaw);
  if (!postcode.ok) return postcode;
  const practice = checkPracticeCode("PRACTICE_CODE", practiceRaw);
  if (!practice.ok) return practice;

  const event = UK_DATE_TIME.exec(eventRaw.trim());
  if (!event) {
    return { ok: false, problem: { code: "event-date-invalid", message: `EVENT_DATE ${quote(eventRaw)} is not dd/mm/yyyy or dd/mm/yyyy hh:mm` } };
  }
  const local = londonTimeToInstant(Number(event[3]), Number(event[2]), Number(event[1]), Number(event[4] ?? 0), Number(event[5] ?? 0));
  if (!local.ok) {
    return local.problem === "skipped-by-clock-change"
      ? {
          ok: false,
          problem: {
            code: "event-date-skipped-by-clock-change",
            message: `EVENT_DATE ${quote(eventRaw)} never happened in UK time: the clocks went forward past it`,
          },
        }
      : { ok: false, problem: { code: "event-date-invalid", message: `EVENT_DATE ${quote(eventRaw)} is not a real date and time` } };
  }
  const decidedAt = checkDecisionTime("EVENT_DATE", eventRaw, local.instant, dateOfBirth.value, context.now);
  if (!decidedAt.ok) return decidedAt;

  const enteredBy = enteredByRaw.trim();
  if (enteredBy.length > MAX_ENTERED_BY_LENGTH) {
    return { ok: false, problem: { code: "entered-by-invalid", message: `ENTERED_BY is longer than ${MAX_ENTERED_BY_LENGTH} characters` } };
  }
  if (CONTROL.test(enteredBy) || LONE_SURROGATE.test(enteredBy)) {
    return { ok: false, problem: { code: "entered-by-invalid", message: `ENTERED_BY ${quote(enteredBy)} contains control characters` } };
  }

  return {
    ok: true,
    row: {
      rowNumber: context.rowNumber,
      kind: "event",
      nhsNumber: nhsNumber.value,
      givenName: givenName.value,
      familyName: familyName.value,
      dateOfBirth: dateOfBirth.value,
      postcode: postcode.value,
      gpPracticeOds: practice.value,
      choice,
      sourceCode: code,
      decidedAt: decidedAt.value,
      sourceReference: enteredBy ? `CareMyWay, entered by ${enteredBy}` : null,
    },
  };
}
