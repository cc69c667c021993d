import "server-only";

import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";

import type { StaffFormState } from "@/components/staff/action-form";
import { keepFormDraft } from "@/lib/auth/form-drafts";
import { isAppError } from "@/lib/errors";
import type { Permission } from "@/lib/staff/roles";

import { readStaffSessionToken, requireStaff, STAFF_ROUTES, type SignedInStaff, type StaffStage } from "./staff-session";

// Every staff server action is built here (a test fails for one that is not:
// tests/staff/staff-actions.test.ts). In order: the session and the permission
// (requireStaff: a refusal is audited and answered 403, nothing else runs), the
// form's fields parsed with a zod schema (field errors back to the form with
// what was typed, passwords never echoed), then the handler; an AppError it
// throws becomes the form's errors (its details.fieldErrors on their fields,
// otherwise its user message), anything else is logged and reported as not
// saved. A handler's redirect() passes through.

/** Set on every action staffAction builds: what the completeness test looks for. */
export const STAFF_ACTION = Symbol.for("consent-register.staff-action");

export type StaffActionOptions<S extends z.ZodType> = {
  /** The permission needed, or null for what every member of staff may do to their own account. */
  permission: Permission | null;
  /** What is attempted, in words, for the audit of a refusal. */
  what: string;
  /** The form fields read from the FormData (a missing one reads as ""). */
  fields: readonly string[];
  schema: S;
  /** Before a full sign-in: the password-change and enrolment steps, and signing out. */
  stage?: StaffStage;
  /** A schema path ("a.b") to the form field that shows its error (default: the path's first part). */
  fieldFor?: (path: string) => string;
  /** A fixed message for a field, whatever the schema said (e.g. a date's expected format). */
  messages?: Readonly<Record<string, string>>;
  /**
   * The page that gives this form back (it reads `?draft=`, app/(staff)/_lib/form-draft.tsx): posted after
   * its session ended, the form is kept for that account and returned there, filled, after signing in
   * (lib/auth/form-drafts.ts). A function names the page from the posted fields (a decision's own page),
   * or null when they name none (nothing is kept; the browser goes to sign-in as usual).
   */
  keepDraftAt?: string | ((fields: Readonly<Record<string, string>>) => string | null);
};

export type StaffActionContext<T> = {
  input: T;
  staff: SignedInStaff;
  /** The fields as typed, passwords left out: give them back with a state that stays on the form. */
  values: Record<string, string>;
};

export type StaffAction = ((state: StaffFormState, formData: FormData) => Promise<StaffFormState>) & {
  readonly [STAFF_ACTION]: { permission: Permission | null; what: string };
};

const SECRET_FIELD = /password/i;
const firstPart = (path: string) => path.split(".")[0]!;
const SAVED: StaffFormState = { values: {}, errors: {} };

export function staffAction<S extends z.ZodType>(
  options: StaffActionOptions<S>,
  handler: (context: StaffActionContext<z.output<S>>) => Promise<StaffFormState | void>,
): StaffAction {
  const fieldFor = options.fieldFor ?? firstPart;
  const action = async (_state: StaffFormState, formData: FormData): Promise<StaffFormState> => {
    if (options.keepDraftAt) await keepDraftIfSessionEnded(options.keepDraftAt, formData, options.fields);
    const staff = await requireStaff(options.permission ?? undefined, options.what, { stage: options.stage, isAction: true });
    const fields = Object.fromEntries(options.fields.map((name) => [name, formValue(formData, name)]));
    const values = Object.fromEntries(Object.entries(fields).filter(([name]) => !SECRET_FIELD.test(name)));
    const parsed = options.schema.safeParse(fields);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = fieldFor(issue.path.length ? issue.path.map(String).join(".") : (options.fields[0] ?? "form"));
        errors[field] ??= options.messages?.[field] ?? issue.message;
      }
      return { values, errors };
    }
    try {
      return (await handler({ input: parsed.data, staff, values })) ?? SAVED;
    } catch (error) {
      unstable_rethrow(error);
      return formErrorFrom(error, values, { fieldFor, fields: options.fields });
    }
  };
  return Object.assign(action, { [STAFF_ACTION]: { permission: options.permission, what: options.what } });
}

/** The "no session / session expired" path: a form sent with an ended session's cookie is kept, then to sign-in. */
async function keepDraftIfSessionEnded(keepDraftAt: NonNullable<StaffActionOptions<z.ZodType>["keepDraftAt"]>, formData: FormData, fields: readonly string[]): Promise<void> {
  const token = await readStaffSessionToken();
  if (!token) return;
  const posted = Object.fromEntries(fields.map((name) => [name, formValue(formData, name)]));
  const path = typeof keepDraftAt === "function" ? keepDraftAt(posted) : keepDraftAt;
  if (!path) return;
  const kept = await keepFormDraft({ token, path, fields: posted });
  if (kept) redirect(`${STAFF_ROUTES.signIn}?form=kept`);
}

function formValue(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * An AppError's field errors on the form's fields, or its safe message for the
 * form as a whole (also when it names a field the form does not have);
 * anything else is logged and answered generally.
 */
export function formErrorFrom(
  error: unknown,
  values: Record<string, string>,
  form: { fieldFor?: (path: string) => string; fields?: readonly string[] } = {},
): StaffFormState {
  if (isAppError(error)) {
    const fieldFor = form.fieldFor ?? firstPart;
    const errors: Record<string, string> = {};
    let formError: string | undefined;
    for (const [path, messages] of Object.entries((error.details?.fieldErrors ?? {}) as Record<string, string[] | undefined>)) {
      const message = messages?.[0];
      if (!message) continue;
      const field = fieldFor(path);
      if (!form.fields || form.fields.includes(field)) errors[field] ??= message;
      else formError ??= message;
    }
    return { values, errors, formError: formError ?? (Object.keys(errors).length ? undefined : error.userMessage) };
  }
  console.error("Staff action failed", error);
  return { values, errors: {}, formError: "Something went wrong and nothing was saved. Try again." };
}
