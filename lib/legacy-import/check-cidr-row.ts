import type { RowContext } from "./check-caremyway-row";
import {
  checkBirthDate,
  checkDecisionTime,
  checkName,
  checkNhsNumber,
  checkPostcode,
  checkPracticeCode,
  checkRowShape,
  quote,
  toIsoDate,
} from "./check-fields";
import { CIDR_FORMAT } from "./formats";
import { isRealDate, utcMs } from "./london-time";
import type { RowCheck, RowProblem } from "./types";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// ISO 8601 extended format; seconds and fractions optional; the zone is checked separately
// so a missing one gets its own message.
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

type ParsedTimestamp = { ok: true; instant: Date } | { ok: false; problem: RowProblem };

/**
 * An ISO 8601 timestamp that says its zone (Z or an offset). The register keeps
 * milliseconds, so finer fractions are cut to the millisecond.
 */
export function parseIsoTimestamp(column: string, raw: string): ParsedTimestamp {
  const match = ISO_TIMESTAMP.exec(raw.trim());
  const invalid = (): ParsedTimestamp => ({
    ok: false,
    problem: { code: "event-date-invalid", message: `${column} ${quote(raw)} is not an ISO 8601 timestamp like 2019-06-15T10:30:00Z` },
  });
  if (!match) return invalid();
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  if (!zone) {
    return {
      ok: false,
      problem: { code: "event-date-no-time-zone", message: `${column} ${quote(raw)} has no time zone (Z or an offset such as +01:00)` },
    };
  }
  const year = Number(y), month = Number(mo), day = Number(d), hour = Number(h), minute = Number(mi), second = Number(s ?? 0);
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return invalid();
  let offsetMinutes = 0;
  if (zone !== "Z") {
    const digits = zone.slice(1).replace(":", "");
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMins = Number(digits.slice(2) || 0);
    if (offsetHours > 18 || offsetMins > 59) return invalid();
    offsetMinutes = (zone[0] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const millis = fraction ? Number(fraction.slice(0, 3).padEnd(3, "0")) : 0;
  const utc = utcMs(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
  return { ok: true, instant: new Date(utc) };
}

/** Checks one CIDR data row (fields already split on `|`). */
export function checkCidrRow(fields: readonly string[], context: RowContext): RowCheck {
  const columns = CIDR_FORMAT.columns;
  const badShape = checkRowShape(fields, columns, "a | inside a value?");
  if (badShape) return badShape;
  if (fields.some((field) => field.includes("\r"))) {
    return {
      ok: false,
      problem: { code: "carriage-return-in-row", message: "The row ends with a carriage return: CIDR rows end with a line feed only" },
    };
  }
  const [nhsRaw, givenRaw, familyRaw, birthRaw, postcodeRaw, practiceRaw, codeRaw, recordedRaw, statusRaw] = fields as [
    string, string, string, string, string, string, string, string, string,
  ];

  const status = statusRaw.trim();
  if (status !== "active" && status !== "entered-in-error") {
    return { ok: false, problem: { code: "unknown-status", message: `status ${quote(statusRaw)} is not active or entered-in-error` } };
  }
  const isRetraction = status === "entered-in-error";

  const nhsNumber = checkNhsNumber("nhs_no", nhsRaw);
  if (!nhsNumber.ok) return nhsNumber;

  const code = codeRaw.trim();
  const choice = CIDR_FORMAT.codes[code];
  if (!choice) {
    return {
      ok: false,
      problem: {
        code: "unknown-code",
        message: `snomed_ct ${quote(codeRaw)} is not 416409005 (opt-out) or 417528008 (opt-in) for the local shared record`,
      },
    };
  }

  const recordedAt = parseIsoTimestamp("recorded_at", recordedRaw);
  if (!recordedAt.ok) return recordedAt;

  // A retraction names its event by nhs_no, snomed_ct and recorded_at; with no
  // NHS number, the name and date of birth tell untraced people apart.
  const needsPerson = !isRetraction || nhsNumber.value === null;
  let givenName: string | null = null;
  let familyName: string | null = null;
  let dateOfBirth: string | null = null;
  if (needsPerson) {
    const given = checkName("given_name", givenRaw);
    if (!given.ok) return given;
    const family = checkName("family_name", familyRaw);
    if (!family.ok) return family;
    const birth = ISO_DATE.exec(birthRaw.trim());
    if (!birth || !isRealDate(Number(birth[1]), Number(birth[2]), Number(birth[3]))) {
      return { ok: false, problem: { code: "date-of-birth-invalid", message: `birth_date ${quote(birthRaw)} is not a real date as YYYY-MM-DD` } };
    }
    const checkedBirth = checkBirthDate("birth_date", birthRaw, toIsoDate(Number(birth[1]), Number(birth[2]), Number(birth[3])), context.today);
    if (!checkedBirth.ok) return checkedBirth;
    givenName = given.value;
    familyName = family.value;
    dateOfBirth = checkedBirth.value;
  }

  let postcode: string | null = null;
  let practice: string | null = null;
  if (!isRetraction) {
    const checkedPostcode = checkPostcode("postcode", postcodeRaw);
    if (!checkedPostcode.ok) return checkedPostcode;
    const checkedPractice = checkPracticeCode("gp_ods", practiceRaw);
    if (!checkedPractice.ok) return checkedPractice;
    const decidedAt = checkDecisionTime("recorded_at", recordedRaw, recordedAt.instant, dateOfBirth, context.now);
    if (!decidedAt.ok) return decidedAt;
    postcode = checkedPostcode.value;
    practice = checkedPractice.value;
  }

  return {
    ok: true,
    row: {
      rowNumber: context.rowNumber,
      kind: isRetraction ? "retraction" : "event",
      nhsNumber: nhsNumber.value,
      givenName,
      familyName,
      dateOfBirth,
      postcode,
      gpPracticeOds: practice,
      choice,
      sourceCode: code,
      decidedAt: recordedAt.instant,
      sourceReference: null,
    },
  };
}
