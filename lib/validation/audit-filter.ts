import { z } from "zod";

import { londonTimeToInstant } from "../legacy-import/london-time";
import { nhsNumberSchema } from "./decision";

// The audit viewer's filters, as they arrive in the address (a GET form, so a
// filtered view can be bookmarked and shared). Dates are London days, typed as
// staff write them: 27/03/2026 (also 27-3-2026, 27.03.2026 or 2026-03-27).

export const AUDIT_FILTER_FIELDS = ["nhsNumber", "from", "to", "actor", "action"] as const;
export type AuditFilterField = (typeof AUDIT_FILTER_FIELDS)[number];

export const AUDIT_FILTER_ERRORS = {
  from: "Date from must be a real date, like 27/03/2026",
  to: "Date to must be a real date, like 27/03/2026",
  toBeforeFrom: "Date to must be the same as or after date from",
  actor: "Choose who did it from the list",
  action: "Choose an action from the list",
} as const;

/** A London calendar day as [year, month, day], or null when it is not a real date. */
export function parseStaffDate(input: string): [number, number, number] | null {
  const text = input.trim();
  const dayFirst = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(text);
  const isoLike = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const parts = dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : isoLike ? [isoLike[1], isoLike[2], isoLike[3]] : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  return londonTimeToInstant(year, month, day).ok ? [year, month, day] : null;
}

/** The instant a London day starts. */
export function startOfLondonDay([year, month, day]: [number, number, number]): Date {
  const start = londonTimeToInstant(year, month, day);
  if (!start.ok) throw new Error(`${year}-${month}-${day} is not a real date`);
  return start.instant;
}

function londonDaySchema(message: string) {
  return z.string().transform((input, ctx) => {
    const day = parseStaffDate(input);
    if (day) return day;
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  });
}

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** The filters that need no lookup: the person and the dates. Who and which action are checked against the lists shown. */
export const auditFilterSchema = z
  .object({
    nhsNumber: z.preprocess(blankToUndefined, nhsNumberSchema.optional()),
    from: z.preprocess(blankToUndefined, londonDaySchema(AUDIT_FILTER_ERRORS.from).optional()),
    to: z.preprocess(blankToUndefined, londonDaySchema(AUDIT_FILTER_ERRORS.to).optional()),
    actor: z.preprocess(blankToUndefined, z.string().trim().toLowerCase().max(254, AUDIT_FILTER_ERRORS.actor).optional()),
    action: z.preprocess(blankToUndefined, z.string().trim().max(100, AUDIT_FILTER_ERRORS.action).optional()),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && startOfLondonDay(value.to) < startOfLondonDay(value.from)) {
      ctx.addIssue({ code: "custom", path: ["to"], message: AUDIT_FILTER_ERRORS.toBeforeFrom });
    }
  });
