import "server-only";

import type { StaffFormState } from "@/components/staff/action-form";
import { isAppError } from "@/lib/errors";

/** An AppError's safe message for the form; anything else is logged and answered generally. */
export function formErrorFrom(error: unknown, values: Record<string, string>): StaffFormState {
  if (isAppError(error)) {
    const fieldErrors = (error.details?.fieldErrors ?? {}) as Record<string, string[] | undefined>;
    const errors = Object.fromEntries(Object.entries(fieldErrors).filter(([, v]) => v?.length).map(([k, v]) => [k, v![0]!]));
    return { values, errors, formError: Object.keys(errors).length ? undefined : error.userMessage };
  }
  console.error("Staff action failed", error);
  return { values, errors: {}, formError: "Something went wrong and nothing was saved. Try again." };
}
