import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../audit/actor";
import { getDb } from "../db";

export type PersonMatch = {
  nhsNumber: string | null;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  postcode: string | null;
  decisions: number;
  /** For a match without an NHS number: the decision to open on the tracing worklist. */
  untracedDecisionId: string | null;
};

/**
 * People whose decisions match a family name (case-insensitive) and date of
 * birth, grouped by NHS number; untraced decisions are listed one by one.
 * Audited, because the results show residents' details.
 */
export async function searchPeopleByNameAndBirth(options: { familyName: string; givenName?: string; dateOfBirth: string; viewer: Actor }): Promise<PersonMatch[]> {
  const db = getDb();
  const rows = await db.decision.findMany({
    where: {
      familyName: { equals: options.familyName.trim(), mode: "insensitive" },
      dateOfBirth: new Date(`${options.dateOfBirth}T00:00:00Z`),
      ...(options.givenName?.trim() ? { givenName: { equals: options.givenName.trim(), mode: "insensitive" } } : {}),
      // A corrected entry shows through its correction (a traced decision under its NHS number).
      corrections: { none: {} },
    },
    select: { id: true, nhsNumber: true, givenName: true, familyName: true, dateOfBirth: true, postcode: true, decidedAt: true },
    orderBy: { decidedAt: "desc" },
    take: 200,
  });
  const byPerson = new Map<string, PersonMatch>();
  for (const row of rows) {
    const key = row.nhsNumber ?? `untraced:${row.id}`;
    const found = byPerson.get(key);
    if (found) {
      found.decisions++;
      continue;
    }
    byPerson.set(key, {
      nhsNumber: row.nhsNumber,
      givenName: row.givenName,
      familyName: row.familyName,
      dateOfBirth: row.dateOfBirth.toISOString().slice(0, 10),
      postcode: row.postcode,
      decisions: 1,
      untracedDecisionId: row.nhsNumber ? null : row.id,
    });
  }
  await db.$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor: options.viewer,
      action: "person.search",
      entityType: "person_search",
      entityId: `${options.familyName.trim().toLowerCase()}|${options.dateOfBirth}`,
      details: { familyName: options.familyName, givenName: options.givenName ?? null, dateOfBirth: options.dateOfBirth, matches: byPerson.size },
    });
  });
  return [...byPerson.values()];
}
