import type pg from "pg";
import { createIdentifierSource } from "./new-identifiers";
import { STAGING_TABLE } from "./stage-rows";

const MAX_ROUNDS = 5;

/**
 * Reference numbers are random: the odd one already taken, or drawn twice in
 * this file (about one in a million-row file either way), gets a new number
 * before the insert, so the insert itself needs no conflict handling. Repeats
 * until none clash.
 */
export async function renumberReferenceClashes(client: pg.ClientBase): Promise<void> {
  for (let round = 1; ; round++) {
    const renumbered = await renumberOnce(client);
    if (renumbered === 0) return;
    if (round >= MAX_ROUNDS) throw new Error("Could not find free reference numbers for every new decision");
  }
}

async function renumberOnce(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ row_number: number }>(
    `WITH repeated AS (
       SELECT reference FROM ${STAGING_TABLE} WHERE reference IS NOT NULL GROUP BY reference HAVING count(*) > 1
     )
     SELECT r.row_number FROM ${STAGING_TABLE} r
      WHERE r.reference IN (SELECT reference FROM repeated)
         OR EXISTS (SELECT 1 FROM decision d WHERE d.reference = r.reference)`,
  );
  if (rows.length === 0) return 0;
  const identifiers = createIdentifierSource();
  await client.query(
    `UPDATE ${STAGING_TABLE} r SET reference = n.reference
       FROM unnest($1::int[], $2::text[]) AS n(row_number, reference) WHERE r.row_number = n.row_number`,
    [rows.map((r) => r.row_number), rows.map(() => identifiers.nextReference())],
  );
  return rows.length;
}
