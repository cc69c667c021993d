// GET /staff/reports/decisions.csv: the report's figures for a spreadsheet (formula-safe)
import { toCsv } from "@/lib/reports/csv";
import { getDecisionReport } from "@/lib/reports/get-decision-report";

import { requireStaff } from "../../../_lib/staff-session";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  await requireStaff("reports:view", "download the report CSV");
  const report = await getDecisionReport();
  const rows: (string | number)[][] = [["breakdown", "category", "opt_outs", "opt_ins"]];
  for (const [name, list] of [["month", report.months], ["borough", report.boroughs], ["channel", report.channels], ["source", report.sources]] as const) {
    for (const row of list) rows.push([name, row.key, row.optOut, row.optIn]);
  }
  rows.push(["queue", "tracing_waiting", report.tracing.size, ""], ["queue", "tracing_oldest_days", report.tracing.oldestDays, ""], ["queue", "tracing_over_month", report.tracing.overMonth, ""]);
  rows.push(["queue", "review_waiting", report.review.size, ""], ["queue", "review_oldest_days", report.review.oldestDays, ""], ["queue", "review_over_month", report.review.overMonth, ""]);
  return new Response(toCsv(rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="consent-register-report-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
}
