import type { Metadata } from "next";
import Link from "next/link";

import { ActionForm } from "@/components/staff/action-form";
import { formatCalendarDate } from "@/lib/content/dates";
import { ORGANISATION_LIST } from "@/lib/content/when-it-starts";
import { listAllOrganisations } from "@/lib/organisations/manage-organisations";

import { requireStaff, STAFF_ROUTES } from "../../_lib/staff-session";
import { addOrganisationAction } from "./actions";
import { ORGANISATION_FIELDS } from "./fields";

export const metadata: Metadata = { title: "Participating organisations" };

const date = (iso: string) => formatCalendarDate(new Date(`${iso}T00:00:00Z`));

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireStaff("organisations:manage", "organisations");
  const params = await searchParams;
  const organisations = await listAllOrganisations();
  return (
    <>
      <h1>Participating organisations</h1>
      {params.saved ? <div className="nhsuk-inset-text" role="status"><p>Saved {params.saved}. The public list shows the change now.</p></div> : null}
      {params.ended ? <div className="nhsuk-inset-text" role="status"><p>Organisation ended. It leaves the public list from its end date.</p></div> : null}
      <p>The public page <Link href="/when-it-starts">When it starts and who takes part</Link> lists these.</p>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Organisations</caption>
        <thead className="nhsuk-table__head"><tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">Name</th><th scope="col" className="nhsuk-table__header">ODS code</th>
          <th scope="col" className="nhsuk-table__header">Type and borough</th><th scope="col" className="nhsuk-table__header">Joined</th>
          <th scope="col" className="nhsuk-table__header">Ended</th>
        </tr></thead>
        <tbody className="nhsuk-table__body">
          {organisations.map((o) => (
            <tr className="nhsuk-table__row" key={o.id}>
              <td className="nhsuk-table__cell"><Link href={`${STAFF_ROUTES.organisations}/${o.id}`}>{o.name}</Link></td>
              <td className="nhsuk-table__cell">{o.odsCode}</td>
              <td className="nhsuk-table__cell">{ORGANISATION_LIST.typeHeadings[o.type]}, {ORGANISATION_LIST.boroughHeadings[o.borough]}</td>
              <td className="nhsuk-table__cell">{date(o.joinedOn)}</td>
              <td className="nhsuk-table__cell">{o.leftOn ? date(o.leftOn) : "Taking part"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="nhsuk-grid-row"><div className="nhsuk-grid-column-two-thirds">
        <h2>Add an organisation</h2>
        <ActionForm id="add-organisation" action={addOrganisationAction} fields={ORGANISATION_FIELDS} submitLabel="Add organisation" />
      </div></div>
    </>
  );
}
