import { NHS_NUMBER_ERRORS } from "../content/nhs-number-errors";
import { parseNhsNumber } from "../nhs-number/nhs-number";
import { DECIDED_AT_FUTURE_TOLERANCE_MS, odsCodeSchema, postcodeSchema } from "../validation/decision";
import { NAME_MAX } from "../validation/limits";
import type { RowProblem } from "./types";

// Field checks shared by both formats. They apply the same rules as the
// register's decisionDetailsSchema (lib/validation/decision.ts), which is too
// slow to run on a million rows (about 20 µs a row): a property test checks
// that every row accepted here also passes that schema. Postcodes and practice
// codes go through the schema itself, cached, because they repeat a lot.

/** The register's own name limit (lib/validation/limits.ts). */
export const MAX_NAME_LENGTH = NAME_MAX;
export const MAX_ENTERED_BY_LENGTH = 100;
/** The register's earliest date of birth (decisionDetailsSchema). */
export const EARLIEST_BIRTH = "1900-01-01";

type FieldResult<T> = { ok: true; value: T } | { ok: false; problem: RowProblem };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const fail = (code: RowProblem["code"], message: string): FieldResult<never> => ({ ok: false, problem: { code, message } });

/**
 * An empty row, or one with the wrong number of columns (`hint` says the
 * likely cause); null when the row has the format's shape.
 */
export function checkRowShape(fields: readonly string[], columns: readonly string[], hint: string): { ok: false; problem: RowProblem } | null {
  if (fields.length === 1 && fields[0]!.trim() === "") return { ok: false, problem: { code: "empty-row", message: "The row is empty" } };
  if (fields.length !== columns.length) {
    return { ok: false, problem: { code: "wrong-column-count", message: `The row has ${fields.length} columns, expected ${columns.length} (${hint})` } };
  }
  return null;
}

/** Quotes a value for a message, shortened so one bad row cannot flood the report. */
export function quote(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return JSON.stringify(shown);
}

/** Empty means untraced (null); anything else must be a valid NHS number. */
export function checkNhsNumber(column: string, raw: string): FieldResult<string | null> {
  if (raw.trim() === "") return ok(null);
  const parsed = parseNhsNumber(raw);
  if (parsed.ok) return ok(parsed.nhsNumber);
  // The register's one message set (lib/content/nhs-number-errors.ts), after the column and value.
  const message = (problem: keyof typeof NHS_NUMBER_ERRORS) => `${column} ${quote(raw)}: ${NHS_NUMBER_ERRORS[problem]}`;
  switch (parsed.problem) {
    case "check-digit":
      return fail("nhs-number-check-digit", message("check-digit"));
    case "not-digits":
      return fail("nhs-number-not-digits", message("not-digits"));
    default:
      return fail("nhs-number-wrong-length", message("wrong-length"));
  }
}

// Control characters (tabs, line breaks, NUL...) never belong in a name.
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** With the u flag, only an unpaired surrogate is a code point in category Cs. */
export const LONE_SURROGATE = /\p{Cs}/u;

export function checkName(column: string, raw: string): FieldResult<string> {
  const value = raw.trim();
  if (value === "") return fail("name-missing", `${column} is empty`);
  if (value.length > MAX_NAME_LENGTH) return fail("name-too-long", `${column} is longer than ${MAX_NAME_LENGTH} characters`);
  if (CONTROL.test(value)) return fail("name-invalid-characters", `${column} ${quote(value)} contains control characters`);
  // Cannot come from a checked file (CIDR is valid UTF-8, CareMyWay single bytes); the register refuses them too.
  if (LONE_SURROGATE.test(value)) return fail("name-invalid-characters", `${column} ${quote(value)} contains a broken (unpaired surrogate) character`);
  return ok(value);
}

/** A date of birth (year, month 1-12, day) already known to exist, as YYYY-MM-DD, within the register's limits. */
export function checkBirthDate(column: string, raw: string, isoDate: string, today: string): FieldResult<string> {
  if (isoDate > today) return fail("date-of-birth-in-future", `${column} ${quote(raw)} is in the future`);
  if (isoDate < EARLIEST_BIRTH) return fail("date-of-birth-too-early", `${column} ${quote(raw)} is before 1 January 1900`);
  return ok(isoDate);
}

export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const postcodeCache = new Map<string, string | null>();
const odsCache = new Map<string, string | null>();
const MAX_CACHED = 100_000;

function cachedParse(cache: Map<string, string | null>, raw: string, parse: (value: string) => string | null): string | null {
  let result = cache.get(raw);
  if (result === undefined) {
    result = parse(raw);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(raw, result);
  }
  return result;
}

// Values already in the form the schemas produce pass straight through (the
// schemas would return them unchanged); anything else goes through the schema.
const CANONICAL_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/;
const CANONICAL_ODS = /^[A-Z]\d{5}$/;

/** Optional: empty is null. Normalised as the register stores it ("n11aa" -> "N1 1AA"). */
export function checkPostcode(column: string, raw: string): FieldResult<string | null> {
  if (CANONICAL_POSTCODE.test(raw)) return ok(raw);
  if (raw.trim() === "") return ok(null);
  const value = cachedParse(postcodeCache, raw, (v) => {
    const parsed = postcodeSchema.safeParse(v);
    return parsed.success ? parsed.data : null;
  });
  return value === null ? fail("postcode-invalid", `${column} ${quote(raw)} is not a UK postcode`) : ok(value);
}

/** Optional: empty is null. A GP practice's ODS code: a letter and five digits. */
export function checkPracticeCode(column: string, raw: string): FieldResult<string | null> {
  if (CANONICAL_ODS.test(raw)) return ok(raw);
  if (raw.trim() === "") return ok(null);
  const value = cachedParse(odsCache, raw, (v) => {
    const parsed = odsCodeSchema.safeParse(v);
    return parsed.success ? parsed.data : null;
  });
  return value === null ? fail("practice-code-invalid", `${column} ${quote(raw)} is not a GP practice ODS code (a letter and 5 digits)`) : ok(value);
}

/** The register's own limits on when a decision was made: not in the future, not before birth. */
export function checkDecisionTime(column: string, raw: string, decidedAt: Date, dateOfBirth: string | null, now: number): FieldResult<Date> {
  const instant = decidedAt.getTime();
  if (instant > now + DECIDED_AT_FUTURE_TOLERANCE_MS) return fail("event-date-in-future", `${column} ${quote(raw)} is in the future`);
  // decisionDetailsSchema compares the instant's UTC date with the date of
  // birth; before midnight UTC at the start of the birthday is the same thing.
  if (dateOfBirth && instant < Date.parse(`${dateOfBirth}T00:00:00Z`)) {
    return fail("event-date-before-birth", `${column} ${quote(raw)} is before the date of birth`);
  }
  return ok(decidedAt);
}
