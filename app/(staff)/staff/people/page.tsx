import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { ErrorSummary } from "@/components/error-summary";
import { TextInput } from "@/components/form-fields";
import { formatCalendarDate } from "@/lib/content/dates";
import { formatNhsNumber, parseNhsNumber } from "@/lib/nhs-number/nhs-number";
import { findDecisionByReference, parseReferenceInput } from "@/lib/people/find-decision-by-reference";
import { searchPeopleByNameAndBirth, type PersonMatch } from "@/lib/people/search-people";
import { normaliseDateInput } from "@/lib/validation/keyed-decision";
import { isoDateSchema } from "@/lib/validation/decision";

import { requireStaff, STAFF_ROUTES } from "../../_lib/staff-session";

export const metadata: Metadata = { title: "Find a person" };

// GET forms: searching changes nothing, so it works with no JavaScript and a
// search can be bookmarked. Only a match opens a person's details (audited).
export default async function FindPersonPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const staff = await requireStaff("person:view", "find a person");
  const params = await searchParams;
  const errors: { text: string; href: string }[] = [];
  let matches: PersonMatch[] | null = null;

  if (params.reference !== undefined) {
    // Either format, any case, spaces or dashes; a tracing entry's reference opens the decision it traced.
    const parsed = parseReferenceInput(params.reference);
    if (!parsed.ok) errors.push({ text: parsed.message, href: "#find-reference" });
    else {
      const found = await findDecisionByReference({ reference: parsed.reference, viewer: staff.actor });
      if (found) redirect(`${STAFF_ROUTES.decisions}/${found.decisionId}`);
      errors.push({ text: `No decision has this reference (${parsed.reference}). Check it with the person, or search by name and date of birth`, href: "#find-reference" });
    }
  } else if (params.nhsNumber !== undefined) {
    const parsed = parseNhsNumber(params.nhsNumber);
    if (parsed.ok) redirect(`${STAFF_ROUTES.people}/${parsed.nhsNumber}`);
    errors.push({ text: "Enter a valid 10-digit NHS number", href: "#find-nhs-number" });
  } else if (params.familyName !== undefined || params.dateOfBirth !== undefined) {
    const dateOfBirth = normaliseDateInput(params.dateOfBirth ?? "");
    if (!params.familyName?.trim()) errors.push({ text: "Enter the family name", href: "#find-family-name" });
    if (!isoDateSchema.safeParse(dateOfBirth).success) errors.push({ text: "Enter the date of birth, like 27/03/1980", href: "#find-date-of-birth" });
    if (errors.length === 0) {
      matches = await searchPeopleByNameAndBirth({ familyName: params.familyName!, givenName: params.givenName, dateOfBirth, viewer: staff.actor });
    }
  }

  return (
    <>
      <h1>Find a person</h1>
      {errors.length > 0 ? <ErrorSummary heading="There is a problem" errors={errors} /> : null}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <h2>By decision reference</h2>
          <form method="get" action={STAFF_ROUTES.people}>
            <TextInput id="find-reference" name="reference" label="Reference" hint="From a letter, an email or the phone, like GSF5CNE5B or 2V8-8F7-FB5" defaultValue={params.reference}
              error={errors.find((e) => e.href === "#find-reference")?.text} widthClass="nhsuk-input--width-10" />
            <button className="nhsuk-button" type="submit">Find by reference</button>
          </form>
        </div>
      </div>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <h2>By NHS number</h2>
          <form method="get" action={STAFF_ROUTES.people}>
            <TextInput id="find-nhs-number" name="nhsNumber" label="NHS number" hint="10 digits, for example 999 000 0018" defaultValue={params.nhsNumber}
              error={errors.find((e) => e.href === "#find-nhs-number")?.text} widthClass="nhsuk-input--width-10" />
            <button className="nhsuk-button" type="submit">Find by NHS number</button>
          </form>
        </div>
        <div className="nhsuk-grid-column-one-half">
          <h2>By name and date of birth</h2>
          <form method="get" action={STAFF_ROUTES.people}>
            <TextInput id="find-family-name" name="familyName" label="Family name" defaultValue={params.familyName} error={errors.find((e) => e.href === "#find-family-name")?.text} />
            <TextInput id="find-given-name" name="givenName" label="Given name (optional)" defaultValue={params.givenName} />
            <TextInput id="find-date-of-birth" name="dateOfBirth" label="Date of birth" hint="For example, 27/03/1980" defaultValue={params.dateOfBirth}
              error={errors.find((e) => e.href === "#find-date-of-birth")?.text} widthClass="nhsuk-input--width-10" />
            <button className="nhsuk-button nhsuk-button--secondary" type="submit">Find by name and date of birth</button>
          </form>
        </div>
      </div>
      {matches ? (
        <>
          <h2>{matches.length === 1 ? "1 match" : `${matches.length} matches`}</h2>
          {matches.length === 0 ? <p>No decisions match. Someone with no decision recorded takes part in the joined-up record.</p> : (
            <table className="nhsuk-table">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">People matching the search</caption>
              <thead className="nhsuk-table__head"><tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">Name</th><th scope="col" className="nhsuk-table__header">Date of birth</th>
                <th scope="col" className="nhsuk-table__header">Postcode</th><th scope="col" className="nhsuk-table__header">NHS number</th>
                <th scope="col" className="nhsuk-table__header">Decisions</th>
              </tr></thead>
              <tbody className="nhsuk-table__body">
                {matches.map((m) => (
                  <tr className="nhsuk-table__row" key={m.nhsNumber ?? m.untracedDecisionId}>
                    <td className="nhsuk-table__cell">{m.givenName} {m.familyName}</td>
                    <td className="nhsuk-table__cell">{formatCalendarDate(new Date(`${m.dateOfBirth}T00:00:00Z`))}</td>
                    <td className="nhsuk-table__cell">{m.postcode ?? "Not given"}</td>
                    <td className="nhsuk-table__cell">
                      {m.nhsNumber ? <Link href={`${STAFF_ROUTES.people}/${m.nhsNumber}`}>{formatNhsNumber(m.nhsNumber)}</Link>
                        : <Link href={`${STAFF_ROUTES.tracing}/${m.untracedDecisionId}`}>Not known: trace it</Link>}
                    </td>
                    <td className="nhsuk-table__cell">{m.decisions}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </>
  );
}
