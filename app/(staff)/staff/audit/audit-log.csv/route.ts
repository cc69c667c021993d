// GET /staff/audit/audit-log.csv: the audit log's filtered rows for a spreadsheet (formula-safe, redacted as on the page, audited)
import { toCsv, type CsvValue } from "@/lib/reports/csv";
import { AUDIT_EXPORT_LIMIT, describeAuditFilter, loadAuditLog } from "@/lib/staff/audit-log";
import { HIDDEN } from "@/lib/staff/audit-view";
import { recordStaffEvent } from "@/lib/staff/record-staff-event";

import { requireStaff } from "../../../_lib/staff-session";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const staff = await requireStaff("audit:view", "download the audit log CSV");
  const params = Object.fromEntries(new URL(request.url).searchParams);
  // The export is every matching row, not one page of them.
  delete params.before;
  const view = await loadAuditLog({ params, role: staff.role, limit: AUDIT_EXPORT_LIMIT });
  if (!view.filter) {
    return new Response(`The filters are not valid, so nothing was exported:\n${view.errors.map((e) => `- ${e.message}`).join("\n")}\n`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  // Recorded before the rows leave: an export that fails half way was still asked for.
  await recordStaffEvent({
    actor: staff.actor, action: "audit.export", entityType: "audit_log", entityId: "audit_event", nhsNumber: view.filter.nhsNumber ?? null,
    details: { filter: describeAuditFilter(view.filter), rows: view.rows.length, isTruncated: view.rows.length === AUDIT_EXPORT_LIMIT },
  });
  const rows: CsvValue[][] = [["id", "at_utc", "at_london", "actor_kind", "actor", "action", "entity_type", "entity_id", "nhs_number", "details"]];
  for (const r of view.rows) {
    rows.push([
      r.id.toString(), r.at.toISOString(), formatLondon(r.at), r.actorKind, r.actorId ? (view.staffEmails.get(r.actorId) ?? r.actorId) : "",
      r.action, r.entityType, r.entityId === HIDDEN ? "(hidden)" : r.entityId, r.nhsNumber === HIDDEN ? "(hidden)" : (r.nhsNumber ?? ""),
      r.details === null || r.details === undefined ? "" : JSON.stringify(r.details),
    ]);
  }
  return new Response(toCsv(rows, { byteOrderMark: true }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
}

const LONDON = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });

/** 27/03/2026 14:05:09, a spreadsheet reads it as a date and time. */
function formatLondon(instant: Date): string {
  return LONDON.format(instant).replace(",", "");
}
