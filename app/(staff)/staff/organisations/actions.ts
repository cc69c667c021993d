"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { addOrganisation, editOrganisation, endOrganisation, organisationSchema } from "@/lib/organisations/manage-organisations";
import { normaliseDateInput } from "@/lib/validation/keyed-decision";

import { staffAction } from "../../_lib/staff-action";
import { STAFF_ROUTES } from "../../_lib/staff-session";

const FIELDS = ["name", "odsCode", "type", "borough", "joinedOn"] as const;
const formSchema = z
  .record(z.string(), z.string())
  .transform((form) => ({ ...form, joinedOn: normaliseDateInput(form.joinedOn ?? "") }))
  .pipe(organisationSchema);
const MESSAGES = { joinedOn: "Enter the date it joined, like 01/04/2026" };

export const addOrganisationAction = staffAction(
  { permission: "organisations:manage", what: "add an organisation", fields: FIELDS, schema: formSchema, messages: MESSAGES },
  async ({ input, staff }) => {
    await addOrganisation({ organisation: input, by: staff.actor });
    redirect(`${STAFF_ROUTES.organisations}?saved=${encodeURIComponent(input.name)}`);
  },
);

export const editOrganisationAction = staffAction(
  {
    permission: "organisations:manage",
    what: "edit an organisation",
    fields: [...FIELDS, "id"],
    schema: z.object({ id: z.string().min(1, "Choose the organisation to edit") }).and(formSchema),
    messages: MESSAGES,
  },
  async ({ input, staff }) => {
    const { id, ...organisation } = input;
    await editOrganisation({ id, organisation, by: staff.actor });
    redirect(`${STAFF_ROUTES.organisations}?saved=${encodeURIComponent(organisation.name)}`);
  },
);

export const endOrganisationAction = staffAction(
  {
    permission: "organisations:manage",
    what: "end an organisation",
    fields: ["id", "leftOn"],
    schema: z.object({ id: z.string().min(1, "Choose the organisation to end"), leftOn: z.string().transform((value) => normaliseDateInput(value)) }),
  },
  async ({ input, staff }) => {
    // endOrganisation checks the date and says which field is wrong.
    await endOrganisation({ id: input.id, leftOn: input.leftOn, by: staff.actor });
    redirect(`${STAFF_ROUTES.organisations}?ended=1`);
  },
);
