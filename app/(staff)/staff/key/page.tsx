import type { Metadata } from "next";
import { cookies } from "next/headers";

import { ActionForm } from "@/components/staff/action-form";
import { NhsNumberLiveCheck } from "@/components/staff/nhs-number-live-check";
import { restoreFormDraft } from "@/lib/auth/form-drafts";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { KEYING_DEFAULTS_COOKIE, readKeyingDefaults, todayForKeying } from "@/lib/keying/keying-defaults";
import { describeKeyedOutcome } from "@/lib/keying/keyed-outcome";
import { KEYED_LANGUAGE_OPTIONS } from "@/lib/staff/decision-language";
import { CHOICE_LABELS, MADE_BY_LABELS } from "@/lib/staff/labels";
import { CHOICES, DECISION_MAKERS } from "@/lib/validation/decision";

import { requireStaff, STAFF_ROUTES } from "../../_lib/staff-session";
import { keyDecisionAction } from "./actions";
import { KeyingAutoAdvance } from "./auto-advance";

// The questions that move on by themselves once complete, when the keyer chooses so, in the form's order.
const AUTO_ADVANCE_ORDER = ["nhsNumber", "choice", "decidedOn", "formReference", "dateOfBirth", "givenName"] as const;

export const metadata: Metadata = { title: "Key in a decision" };

export default async function KeyDecisionPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const staff = await requireStaff("decision:key", "key in a decision");
  const params = await searchParams;
  // A form this account sent after its session ended (lib/auth/form-drafts.ts): back, filled, not sent.
  const restored = params.draft ? await restoreFormDraft({ id: params.draft, userId: staff.id, path: STAFF_ROUTES.key }) : null;
  const outcome = params.recorded ? await describeKeyedOutcome(params.recorded) : null;
  const remembered = readKeyingDefaults((await cookies()).get(KEYING_DEFAULTS_COOKIE)?.value);
  // The language starts at English: an English form, the most common, costs no keystroke (npm run bench:keying).
  const initialValues: Record<string, string> = { receivedOn: todayForKeying(), language: DEFAULT_LOCALE, ...remembered, ...restored };
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Key in a paper form or phone call</h1>
        {params.draft ? (
          <div className="nhsuk-inset-text" role="status" data-testid="draft-notice">
            <p>
              {restored
                ? "This is the form you were sending when your session ended. Nothing has been recorded yet: check it, then record the decision."
                : "There is no form to bring back: it has already been brought back, or was kept for more than an hour."}
            </p>
          </div>
        ) : null}
        {params.recorded ? (
          <div className="nhsuk-inset-text" role="status"><p>Decision recorded. Reference: <strong data-testid="recorded-reference">{params.recorded}</strong>.{outcome ? ` ${outcome}` : ""}</p></div>
        ) : null}
        <p>The same questions as the online form and the paper form, with the ones that change on every form first. Leave the NHS number empty if the form does not give one: the decision goes on the tracing worklist.</p>
        <p>How the form reached us, whether it is signed, who made it and the language of the form are kept from your last form (the language starts at English), and the date received is today: check them before you record. Dates can be typed as 27/03/2026 or 27032026. The date received and the date of the decision may also be typed as 270326, or as the day and month alone (2703): that means the latest 27 March that is not in the future.</p>
        <p>If you tick &ldquo;Move on by itself&rdquo; (near the end of the form, kept for your next forms), the cursor moves to the next question as soon as the NHS number, the decision, the date of the decision as 4 digits, the form reference or the date of birth is complete. Type an older date of the decision with its year and slashes (27/03/2025).</p>
        <p>A barcode scanner reads the form reference from the barcode under it at the top of the form: with the cursor in the form reference, scan it instead of typing it. Under the barcode the form says, in English, which language it is in: choose that language below.</p>
        <ActionForm
          id="key"
          action={keyDecisionAction}
          submitLabel="Record decision"
          initialValues={initialValues}
          fields={[
            {
              kind: "text", name: "nhsNumber", label: "NHS number (if known)", hint: "10 digits", widthClass: "nhsuk-input--width-10", inputMode: "numeric", autoFocus: true,
              after: <NhsNumberLiveCheck inputId="key-nhsNumber" lookupPath="/staff/key/person" />,
            },
            { kind: "radios", name: "choice", legend: "Decision", options: CHOICES.map((c) => ({ value: c, label: CHOICE_LABELS[c] })) },
            { kind: "text", name: "decidedOn", label: "Date of the decision", hint: "The date on the form, or the date of the call. For example, 27/03/2026 or 2703", widthClass: "nhsuk-input--width-10", inputMode: "numeric" },
            { kind: "text", name: "formReference", label: "Form reference (paper only)", hint: "Scan the barcode at the top of the paper form, or type the 9 characters after PF-", widthClass: "nhsuk-input--width-20" },
            { kind: "text", name: "dateOfBirth", label: "Date of birth", hint: "For example, 27/03/1980 or 27031980", widthClass: "nhsuk-input--width-10", inputMode: "numeric" },
            { kind: "text", name: "givenName", label: "Given name" },
            { kind: "text", name: "familyName", label: "Family name" },
            { kind: "radios", name: "channel", legend: "How did the decision reach us?", options: [{ value: "PAPER", label: "Paper form" }, { value: "PHONE", label: "Phone call" }] },
            { kind: "text", name: "receivedOn", label: "Date received", hint: "For example, 27/03/2026", widthClass: "nhsuk-input--width-10", inputMode: "numeric" },
            { kind: "radios", name: "isSigned", legend: "Is the paper form signed?", options: [{ value: "yes", label: "Yes" }, { value: "no", label: "No" }] },
            { kind: "radios", name: "madeBy", legend: "Who made the decision?", options: DECISION_MAKERS.map((m) => ({ value: m, label: MADE_BY_LABELS[m] })) },
            { kind: "checkbox", name: "autoAdvance", label: "Move on by itself when an answer is complete (kept for your next forms)" },
            // After the questions a keyer answers on the first form of a sitting: an English form needs no keystroke here.
            {
              kind: "radios", name: "language", legend: "Language of the form", hint: "The language the paper form is printed in. For a phone call, the language the call was made in.",
              options: KEYED_LANGUAGE_OPTIONS,
            },
            { kind: "text", name: "proxyName", label: "Name of the person acting for them (if not themself)" },
            { kind: "text", name: "proxyRelationship", label: "Their relationship (if not themself)" },
            { kind: "text", name: "postcode", label: "Postcode (if given)", widthClass: "nhsuk-input--width-10" },
            { kind: "text", name: "gpPracticeOds", label: "GP practice code (if given)", hint: "For example, Z10001", widthClass: "nhsuk-input--width-10" },
            { kind: "text", name: "contactEmail", label: "Email address to reply to (if given)", type: "email" },
            { kind: "checkbox", name: "confirmDuplicate", label: "Record it anyway: it is a different decision", onlyWhenError: true },
          ]}
        />
        <KeyingAutoAdvance formId="key" order={AUTO_ADVANCE_ORDER} toggleName="autoAdvance" />
      </div>
    </div>
  );
}
