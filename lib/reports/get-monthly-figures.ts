import { CANARY_NHS_NUMBER_PREFIX } from "../canary/canaries";
import { getDb } from "../db";
import { boroughForPostcode, type AreaBorough } from "../eligibility/postcode-districts";
import type { Channel, Choice } from "../generated/prisma/enums";
import { addMonths } from "./london-months";

// The true counts behind the public figures: decisions by London calendar
// month of their decision time, borough and channel. Never shown as they are:
// publish-figures.ts passes every figure through publishRow first.
//
// Which decisions count (docs/decisions/017-public-figures.md):
// - in effect now: the latest status event is EFFECTIVE (awaiting review is
//   not counted until accepted; withdrawn is never counted, also in the past
//   months, so a month's figures can go down after publication);
// - not replaced by an effective correction (the correction counts instead);
// - superseded by a later decision of the same person: still counted, in its
//   own month; the figures count decisions made, not people;
// - never the canary people (lib/canary).
// Borough: the postcode's district (lib/eligibility), else the GP practice's
// borough, else "not known" (counted in every total, shown as its own row).

export type FigureBorough = AreaBorough | "UNKNOWN";
export const FIGURE_BOROUGHS: readonly FigureBorough[] = ["BARNET", "CAMDEN", "ENFIELD", "HARINGEY", "ISLINGTON", "UNKNOWN"];
export const FIGURE_CHANNELS: readonly Channel[] = ["ONLINE", "PAPER", "PHONE", "CAREMYWAY_IMPORT", "CIDR_IMPORT"];

export type CubeCell = { month: string; borough: FigureBorough; channel: Channel; optOuts: number; optIns: number };
export type MonthlyCube = { months: readonly string[]; cells: CubeCell[] };

type Row = { month: string; choice: Choice; channel: Channel; postcode_district: string | null; gp_borough: AreaBorough | null; n: number };

export async function getMonthlyCube(options: { months: readonly string[]; excludeNhsNumberPrefix?: string }): Promise<MonthlyCube> {
  const { months } = options;
  if (months.length === 0) return { months, cells: [] };
  const first = `${months[0]}-01`;
  const afterLast = `${addMonths(months.at(-1)!, 1)}-01`;
  const excluded = `${options.excludeNhsNumberPrefix ?? CANARY_NHS_NUMBER_PREFIX}%`;
  const rows = await getDb().$queryRaw<Row[]>`
    SELECT to_char(d.decided_at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month,
           d.choice, d.channel,
           NULLIF(split_part(upper(btrim(d.postcode)), ' ', 1), '') AS postcode_district,
           o.borough AS gp_borough,
           count(*)::int AS n
      FROM decision d
      LEFT JOIN organisation o ON o.ods_code = d.gp_practice_ods
     WHERE d.decided_at >= (${first}::date::timestamp AT TIME ZONE 'Europe/London')
       AND d.decided_at < (${afterLast}::date::timestamp AT TIME ZONE 'Europe/London')
       AND (SELECT e.status FROM decision_status_event e WHERE e.decision_id = d.id ORDER BY e.id DESC LIMIT 1) = 'EFFECTIVE'
       AND NOT EXISTS (
             SELECT 1 FROM decision c
              WHERE c.corrects_id = d.id
                AND (SELECT e.status FROM decision_status_event e WHERE e.decision_id = c.id ORDER BY e.id DESC LIMIT 1) = 'EFFECTIVE')
       AND (d.nhs_number IS NULL OR d.nhs_number NOT LIKE ${excluded})
     GROUP BY 1, 2, 3, 4, 5`;
  const cells = new Map<string, CubeCell>();
  for (const row of rows) {
    const borough: FigureBorough = (row.postcode_district ? boroughForPostcode(row.postcode_district) : undefined) ?? row.gp_borough ?? "UNKNOWN";
    const key = `${row.month}|${borough}|${row.channel}`;
    const cell = cells.get(key) ?? { month: row.month, borough, channel: row.channel, optOuts: 0, optIns: 0 };
    if (row.choice === "OPT_OUT") cell.optOuts += row.n;
    else cell.optIns += row.n;
    cells.set(key, cell);
  }
  return { months, cells: [...cells.values()] };
}
