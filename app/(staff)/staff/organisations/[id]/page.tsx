import type { Metadata } from "next";

import { ActionForm } from "@/components/staff/action-form";
import { getOrganisation } from "@/lib/organisations/manage-organisations";

import { requireStaff, staffNotFound } from "../../../_lib/staff-session";
import { editOrganisationAction, endOrganisationAction } from "../actions";
import { ORGANISATION_FIELDS } from "../fields";

export const metadata: Metadata = { title: "Edit organisation" };

export default async function EditOrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff("organisations:manage", "edit an organisation");
  const organisation = await getOrganisation((await params).id);
  if (!organisation) return staffNotFound();
  const [y, m, d] = organisation.joinedOn.split("-");
  return (
    <div className="nhsuk-grid-row"><div className="nhsuk-grid-column-two-thirds">
      <h1>{organisation.name}</h1>
      <h2>Edit</h2>
      <ActionForm id="edit-organisation" action={editOrganisationAction} submitLabel="Save changes"
        fields={[{ kind: "hidden", name: "id", value: organisation.id }, ...ORGANISATION_FIELDS]}
        initialValues={{ name: organisation.name, odsCode: organisation.odsCode, type: organisation.type, borough: organisation.borough, joinedOn: `${d}/${m}/${y}` }} />
      <h2>End</h2>
      {organisation.leftOn ? <p>This organisation stopped taking part on {organisation.leftOn}.</p> : (
        <ActionForm id="end-organisation" action={endOrganisationAction} submitLabel="End organisation" secondary
          fields={[{ kind: "hidden", name: "id", value: organisation.id }, { kind: "text", name: "leftOn", label: "Date it stops taking part", hint: "For example, 31/03/2027", widthClass: "nhsuk-input--width-10" }]} />
      )}
    </div></div>
  );
}
