import type { Metadata } from "next";
import Link from "next/link";

import { TextInput } from "@/components/form-fields";
import { listAuditEvents, AUDIT_PAGE_SIZE } from "@/lib/audit/list-audit-events";
import { formatLondonDateTime } from "@/lib/content/dates";
import { parseNhsNumber } from "@/lib/nhs-number/nhs-number";
import { canSeeResidentsInAudit, HIDDEN, viewAuditRow } from "@/lib/staff/audit-view";
import { listStaffMembers } from "@/lib/staff/manage-staff";
import { recordStaffEvent } from "@/lib/staff/record-staff-event";

import { requireStaff, STAFF_ROUTES } from "../../_lib/staff-session";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const staff = await requireStaff("audit:view", "audit log");
  const params = await searchParams;
  const members = await listStaffMembers();
  // An admin sees who did what, not whose record: no NHS numbers, no decision details, no search by person.
  const canSeeResidents = canSeeResidentsInAudit(staff.role);
  const nhs = canSeeResidents && params.nhsNumber?.trim() ? parseNhsNumber(params.nhsNumber) : null;
  const staffMember = members.find((m) => m.email === params.staff?.trim().toLowerCase());
  const before = params.before && /^\d+$/.test(params.before) ? BigInt(params.before) : undefined;
  const filter = {
    nhsNumber: nhs?.ok ? nhs.nhsNumber : undefined,
    actorId: staffMember?.id ?? (params.staff?.trim() ? `no-such-staff:${params.staff}` : undefined),
    action: params.action?.trim() || undefined,
    before,
  };
  const rows = (await listAuditEvents(filter)).map((row) => viewAuditRow(row, staff.role));
  // Reading the audit log shows residents' NHS numbers: it is audited too.
  await recordStaffEvent({ actor: staff.actor, action: "audit.view", entityType: "audit_log", entityId: "audit_event", nhsNumber: filter.nhsNumber ?? null, details: { filter: { ...filter, before: before?.toString() ?? null } } });
  const names = new Map(members.map((m) => [m.id, m.email]));
  const next = rows.length === AUDIT_PAGE_SIZE ? rows.at(-1)!.id.toString() : null;
  const query = (extra: Record<string, string>) => new URLSearchParams({ ...(nhs?.ok ? { nhsNumber: params.nhsNumber! } : {}), ...(params.staff ? { staff: params.staff } : {}), ...(params.action ? { action: params.action } : {}), ...extra }).toString();
  return (
    <>
      <h1>Audit log</h1>
      {canSeeResidents ? null : (
        <div className="nhsuk-inset-text">
          <p>Admins do not see residents&apos; decisions: events about a resident show who did what and when, but not whose record it was or what was decided{params.nhsNumber?.trim() ? ", and the log cannot be searched by NHS number" : ""}.</p>
        </div>
      )}
      <form method="get" action={STAFF_ROUTES.audit}>
        <div className="nhsuk-grid-row">
          {canSeeResidents ? (
            <div className="nhsuk-grid-column-one-third"><TextInput id="audit-nhs" name="nhsNumber" label="Person (NHS number)" defaultValue={params.nhsNumber}
              error={nhs && !nhs.ok ? "Enter a valid 10-digit NHS number" : undefined} /></div>
          ) : null}
          <div className="nhsuk-grid-column-one-third"><TextInput id="audit-staff" name="staff" label="Staff member (email)" defaultValue={params.staff} type="email" /></div>
          <div className="nhsuk-grid-column-one-third"><TextInput id="audit-action" name="action" label="Action" hint="Starts with, e.g. person.view or decision" defaultValue={params.action} /></div>
        </div>
        <button className="nhsuk-button" type="submit">Filter</button>
      </form>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption">Newest first ({rows.length} shown)</caption>
        <thead className="nhsuk-table__head"><tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">When</th><th scope="col" className="nhsuk-table__header">Who</th>
          <th scope="col" className="nhsuk-table__header">Action</th><th scope="col" className="nhsuk-table__header">What</th>
          <th scope="col" className="nhsuk-table__header">Person</th>
        </tr></thead>
        <tbody className="nhsuk-table__body">
          {rows.map((r) => (
            <tr className="nhsuk-table__row" key={r.id.toString()}>
              <td className="nhsuk-table__cell">{formatLondonDateTime(r.at)}</td>
              <td className="nhsuk-table__cell">{r.actorKind.toLowerCase()}{r.actorId ? `: ${names.get(r.actorId) ?? r.actorId}` : ""}</td>
              <td className="nhsuk-table__cell"><code>{r.action}</code></td>
              <td className="nhsuk-table__cell">{r.entityType} {r.entityId === HIDDEN ? <i>(hidden)</i> : r.entityId}{r.details ? <><br /><small>{JSON.stringify(r.details).slice(0, 300)}</small></> : null}</td>
              <td className="nhsuk-table__cell">{r.nhsNumber === HIDDEN ? <i>(hidden)</i> : (r.nhsNumber ?? "")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {next ? <p><Link href={`${STAFF_ROUTES.audit}?${query({ before: next })}`}>Older events</Link></p> : null}
    </>
  );
}
