import type { StaffField } from "@/components/staff/action-form";
import { ORGANISATION_LIST } from "@/lib/content/when-it-starts";
import { BOROUGHS, ORGANISATION_TYPES } from "@/lib/organisations/manage-organisations";

export const ORGANISATION_FIELDS: readonly StaffField[] = [
  { kind: "text", name: "name", label: "Name", hint: "As residents know it" },
  { kind: "text", name: "odsCode", label: "ODS code", hint: "For example, RAL or Z10001", widthClass: "nhsuk-input--width-10" },
  { kind: "radios", name: "type", legend: "Type", options: ORGANISATION_TYPES.map((t) => ({ value: t, label: ORGANISATION_LIST.typeHeadings[t] })) },
  { kind: "radios", name: "borough", legend: "Borough", options: BOROUGHS.map((b) => ({ value: b, label: ORGANISATION_LIST.boroughHeadings[b] })) },
  { kind: "text", name: "joinedOn", label: "Date joined", hint: "For example, 01/04/2026. A future date shows as \"Joining\".", widthClass: "nhsuk-input--width-10" },
];
