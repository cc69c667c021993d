import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../audit/actor";
import { getDb } from "../db";
import { AppError } from "../errors";
import { hasNoHiddenCharacters, isoDateSchema } from "../validation/decision";

// Staff add, edit and end participating organisations. The public list
// (/when-it-starts) reads the table fresh on every request, so it follows at once.

export const BOROUGHS = ["BARNET", "CAMDEN", "ENFIELD", "HARINGEY", "ISLINGTON"] as const;
export const ORGANISATION_TYPES = ["GP_PRACTICE", "ACUTE_HOSPITAL", "COMMUNITY_HEALTH", "MENTAL_HEALTH", "LOCAL_AUTHORITY", "HOSPICE", "OTHER"] as const;

export const organisationSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter the organisation's name")
    .max(200, "The name must be 200 characters or fewer")
    .refine(hasNoHiddenCharacters, "The name must only use letters, numbers, spaces and punctuation"),
  odsCode: z.string().trim().toUpperCase().regex(/^[A-Z0-9]{3,10}$/, "Enter the ODS code: 3 to 10 letters and numbers, like RAL or Z10001"),
  type: z.enum(ORGANISATION_TYPES, "Select the type of organisation"),
  borough: z.enum(BOROUGHS, "Select the borough"),
  joinedOn: isoDateSchema,
});
export type OrganisationInput = z.output<typeof organisationSchema>;

export type ManagedOrganisation = OrganisationInput & { id: string; leftOn: string | null };

const day = (value: string) => new Date(`${value}T00:00:00Z`);
const iso = (value: Date) => value.toISOString().slice(0, 10);

export async function listAllOrganisations(): Promise<ManagedOrganisation[]> {
  const rows = await getDb().organisation.findMany({
    select: { id: true, name: true, odsCode: true, type: true, borough: true, joinedOn: true, leftOn: true },
    orderBy: [{ borough: "asc" }, { name: "asc" }],
  });
  return rows.map((r) => ({ ...r, joinedOn: iso(r.joinedOn), leftOn: r.leftOn ? iso(r.leftOn) : null }));
}

export async function getOrganisation(id: string): Promise<ManagedOrganisation | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const r = await getDb().organisation.findUnique({
    where: { id },
    select: { id: true, name: true, odsCode: true, type: true, borough: true, joinedOn: true, leftOn: true },
  });
  return r ? { ...r, joinedOn: iso(r.joinedOn), leftOn: r.leftOn ? iso(r.leftOn) : null } : null;
}

async function assertOdsFree(odsCode: string, exceptId?: string) {
  const clash = await getDb().organisation.findUnique({ where: { odsCode }, select: { id: true } });
  if (clash && clash.id !== exceptId) {
    throw new AppError({ code: "CONFLICT", message: `ODS ${odsCode} exists`, userMessage: "An organisation with this ODS code is already listed", details: { fieldErrors: { odsCode: ["An organisation with this ODS code is already listed"] } } });
  }
}

export async function addOrganisation(options: { organisation: OrganisationInput; by: Actor }): Promise<string> {
  const o = options.organisation;
  await assertOdsFree(o.odsCode);
  return getDb().$transaction(async (tx) => {
    const created = await tx.organisation.create({ data: { ...o, joinedOn: day(o.joinedOn) }, select: { id: true } });
    await recordAuditEvent(tx, { actor: options.by, action: "organisation.add", entityType: "organisation", entityId: created.id, details: { ...o } });
    return created.id;
  });
}

export async function editOrganisation(options: { id: string; organisation: OrganisationInput; by: Actor }): Promise<void> {
  const o = options.organisation;
  await assertOdsFree(o.odsCode, options.id);
  await getDb().$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id: options.id }, select: { name: true, odsCode: true, type: true, borough: true, joinedOn: true } });
    if (!before) throw new AppError({ code: "NOT_FOUND", message: `No organisation ${options.id}` });
    await tx.organisation.update({ where: { id: options.id }, data: { ...o, joinedOn: day(o.joinedOn) }, select: { id: true } });
    await recordAuditEvent(tx, {
      actor: options.by, action: "organisation.edit", entityType: "organisation", entityId: options.id,
      details: { before: { ...before, joinedOn: iso(before.joinedOn) }, after: { ...o } },
    });
  });
}

/** Ends an organisation's part: it leaves the public list from that date (kept, never deleted). */
export async function endOrganisation(options: { id: string; leftOn: string; by: Actor }): Promise<void> {
  if (!isoDateSchema.safeParse(options.leftOn).success) {
    throw new AppError({ code: "VALIDATION_FAILED", message: "Bad date", userMessage: "Enter the date it stopped taking part", details: { fieldErrors: { leftOn: ["Enter the date it stopped taking part, like 31/03/2027"] } } });
  }
  await getDb().$transaction(async (tx) => {
    const updated = await tx.organisation.updateMany({ where: { id: options.id, leftOn: null }, data: { leftOn: day(options.leftOn) } });
    if (updated.count === 0) throw new AppError({ code: "NOT_FOUND", message: `No current organisation ${options.id}`, userMessage: "This organisation has already been ended" });
    await recordAuditEvent(tx, { actor: options.by, action: "organisation.end", entityType: "organisation", entityId: options.id, details: { leftOn: options.leftOn } });
  });
}
