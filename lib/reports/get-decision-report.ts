import { CANARY_NHS_NUMBER_PREFIX } from "../canary/canaries";
import { getDb } from "../db";
import type { Channel, Choice } from "../generated/prisma/enums";
import { listReviewQueue } from "../review/list-review-queue";
import { listTracingWorklist } from "../tracing/list-tracing-worklist";

// Counts decisions in effect (not withdrawn, not replaced by a correction) by
// the month they were made, borough, channel and source. The borough comes
// from the postcode's outward code, else the GP practice's borough.

export type Borough = "BARNET" | "CAMDEN" | "ENFIELD" | "HARINGEY" | "ISLINGTON" | "UNKNOWN";
export type Source = "REGISTER" | "CAREMYWAY" | "CIDR";
export type CountRow<K extends string> = { key: K; optOut: number; optIn: number };
export type QueueSummary = { size: number; oldestDays: number; overMonth: number };

export type DecisionReport = {
  months: CountRow<string>[];
  boroughs: CountRow<Borough>[];
  channels: CountRow<Channel>[];
  sources: CountRow<Source>[];
  tracing: QueueSummary;
  review: QueueSummary;
};

const OUTWARD_BOROUGH: Record<string, Exclude<Borough, "UNKNOWN">> = {
  N1: "ISLINGTON", N5: "ISLINGTON", N7: "ISLINGTON", N19: "ISLINGTON", EC1: "ISLINGTON",
  NW1: "CAMDEN", NW3: "CAMDEN", NW5: "CAMDEN", NW6: "CAMDEN", WC1: "CAMDEN",
  N2: "BARNET", N3: "BARNET", N11: "BARNET", N12: "BARNET", N20: "BARNET", NW4: "BARNET", NW7: "BARNET", NW9: "BARNET", NW11: "BARNET", EN4: "BARNET", EN5: "BARNET",
  N9: "ENFIELD", N13: "ENFIELD", N14: "ENFIELD", N18: "ENFIELD", N21: "ENFIELD", EN1: "ENFIELD", EN2: "ENFIELD", EN3: "ENFIELD",
  N4: "HARINGEY", N6: "HARINGEY", N8: "HARINGEY", N10: "HARINGEY", N15: "HARINGEY", N17: "HARINGEY", N22: "HARINGEY",
};

export function boroughOfPostcode(postcode: string | null): Exclude<Borough, "UNKNOWN"> | null {
  const outward = postcode?.split(" ")[0];
  return outward ? (OUTWARD_BOROUGH[outward] ?? null) : null;
}

const ONE_MONTH_DAYS = 30;

function summarise(ages: number[]): QueueSummary {
  return { size: ages.length, oldestDays: ages.length ? Math.max(...ages) : 0, overMonth: ages.filter((a) => a >= ONE_MONTH_DAYS).length };
}

export async function getDecisionReport(options: { now?: Date; months?: number } = {}): Promise<DecisionReport> {
  const now = options.now ?? new Date();
  const monthsBack = options.months ?? 12;
  const rows = await getDb().$queryRaw<{ choice: Choice; channel: Channel; postcode: string | null; gp_borough: string | null; decided_at: Date }[]>`
    SELECT d.choice, d.channel, d.postcode, o.borough::text AS gp_borough, d.decided_at
    FROM decision d
    LEFT JOIN organisation o ON o.ods_code = d.gp_practice_ods
    WHERE (SELECT e.status FROM decision_status_event e WHERE e.decision_id = d.id ORDER BY e.id DESC LIMIT 1) = 'EFFECTIVE'
      AND NOT EXISTS (SELECT 1 FROM decision c WHERE c.corrects_id = d.id)
      -- The canary people (lib/canary) are not residents: never counted.
      AND (d.nhs_number IS NULL OR d.nhs_number NOT LIKE ${`${CANARY_NHS_NUMBER_PREFIX}%`})`;
  const monthKeys: string[] = [];
  for (let i = monthsBack - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    monthKeys.push(d.toISOString().slice(0, 7));
  }
  const count = <K extends string>(keys: readonly K[]) => new Map(keys.map((k) => [k, { key: k, optOut: 0, optIn: 0 }]));
  const months = count(monthKeys);
  const boroughs = count<Borough>(["BARNET", "CAMDEN", "ENFIELD", "HARINGEY", "ISLINGTON", "UNKNOWN"]);
  const channels = count<Channel>(["ONLINE", "PAPER", "PHONE", "CAREMYWAY_IMPORT", "CIDR_IMPORT"]);
  const sources = count<Source>(["REGISTER", "CAREMYWAY", "CIDR"]);
  for (const row of rows) {
    const field = row.choice === "OPT_OUT" ? "optOut" : "optIn";
    const month = months.get(row.decided_at.toISOString().slice(0, 7));
    if (month) month[field]++;
    const borough = boroughOfPostcode(row.postcode) ?? (row.gp_borough as Borough | null) ?? "UNKNOWN";
    boroughs.get(borough)![field]++;
    channels.get(row.channel)![field]++;
    sources.get(row.channel === "CAREMYWAY_IMPORT" ? "CAREMYWAY" : row.channel === "CIDR_IMPORT" ? "CIDR" : "REGISTER")![field]++;
  }
  const [tracing, review] = await Promise.all([listTracingWorklist({ now, limit: 100_000 }), listReviewQueue({ now, limit: 100_000 })]);
  return {
    months: [...months.values()],
    boroughs: [...boroughs.values()],
    channels: [...channels.values()],
    sources: [...sources.values()],
    tracing: summarise(tracing.map((t) => t.ageDays)),
    review: summarise(review.map((r) => r.ageDays)),
  };
}
