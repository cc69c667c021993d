import { getDb } from "../db";

/**
 * Every action the audit log holds, in order. A loose index scan on
 * (action, at): one index probe per distinct action, not a read of the log.
 */
export async function listAuditActions(): Promise<string[]> {
  const rows = await getDb().$queryRaw<{ action: string }[]>`
    WITH RECURSIVE actions(action) AS (
      (SELECT action FROM audit_event ORDER BY action LIMIT 1)
      UNION ALL
      SELECT (SELECT e.action FROM audit_event e WHERE e.action > a.action ORDER BY e.action LIMIT 1)
      FROM actions a WHERE a.action IS NOT NULL
    )
    SELECT action FROM actions WHERE action IS NOT NULL`;
  return rows.map((row) => row.action);
}

/** The actions and the groups they make ("decision" for decision.key, decision.view...), for a filter to choose from. */
export function withActionGroups(actions: readonly string[]): { value: string; isGroup: boolean }[] {
  const values = new Map<string, boolean>();
  for (const action of actions) {
    const parts = action.split(".");
    for (let i = 1; i < parts.length; i++) {
      values.set(parts.slice(0, i).join("."), true);
    }
    if (!values.has(action)) values.set(action, false);
  }
  return [...values.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([value, isGroup]) => ({ value, isGroup }));
}
