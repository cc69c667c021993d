import type { Metadata } from "next";
import Link from "next/link";

import { ErrorSummary } from "@/components/error-summary";
import { TextInput } from "@/components/form-fields";
import { Select } from "@/components/select";
import { AUDIT_PAGE_SIZE } from "@/lib/audit/list-audit-events";
import { formatLondonDateTime } from "@/lib/content/dates";
import { auditFilterQuery, describeAuditFilter, loadAuditLog } from "@/lib/staff/audit-log";
import { HIDDEN } from "@/lib/staff/audit-view";
import { recordStaffEvent } from "@/lib/staff/record-staff-event";
import type { AuditFilterField } from "@/lib/validation/audit-filter";

import { requireStaff, STAFF_ROUTES } from "../../_lib/staff-session";

export const metadata: Metadata = { title: "Audit log" };

const FIELD_IDS: Record<AuditFilterField, string> = { nhsNumber: "audit-nhs", from: "audit-from", to: "audit-to", actor: "audit-actor", action: "audit-action" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff("audit:view", "audit log");
  const params = await searchParams;
  // An admin sees who did what, not whose record: no NHS numbers, no decision details, no search by person.
  const view = await loadAuditLog({ params, role: staff.role });
  const { canSeeResidents, values, errors, filter, rows } = view;
  // Reading the audit log shows residents' NHS numbers: it is audited too.
  if (filter) await recordStaffEvent({ actor: staff.actor, action: "audit.view", entityType: "audit_log", entityId: "audit_event", nhsNumber: filter.nhsNumber ?? null, details: { filter: describeAuditFilter(filter) } });
  const errorOf = (field: AuditFilterField) => errors.find((e) => e.field === field)?.message;
  const askedForPerson = !canSeeResidents && typeof params.nhsNumber === "string" && params.nhsNumber.trim() !== "";
  const filterValues = Object.fromEntries(Object.entries(values).filter(([key]) => key !== "before"));
  const next = filter && rows.length === AUDIT_PAGE_SIZE ? rows.at(-1)!.id.toString() : null;
  return (
    <>
      {errors.length > 0 ? (
        <ErrorSummary heading="There is a problem with the filters" errors={errors.map((e) => ({ text: e.message, href: `#${FIELD_IDS[e.field]}` }))} />
      ) : null}
      <h1>Audit log</h1>
      {canSeeResidents ? null : (
        <div className="nhsuk-inset-text">
          <p>Admins do not see residents&apos; decisions: events about a resident show who did what and when, but not whose record it was or what was decided{askedForPerson ? ", and the log cannot be searched by NHS number" : ""}.</p>
        </div>
      )}
      <form method="get" action={STAFF_ROUTES.audit} noValidate>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-quarter">
            <TextInput id={FIELD_IDS.from} name="from" label="Date from" hint="For example, 27/03/2026" defaultValue={values.from} widthClass="nhsuk-input--width-10" error={errorOf("from")} />
          </div>
          <div className="nhsuk-grid-column-one-quarter">
            <TextInput id={FIELD_IDS.to} name="to" label="Date to" hint="Includes the whole day, London time" defaultValue={values.to} widthClass="nhsuk-input--width-10" error={errorOf("to")} />
          </div>
          {canSeeResidents ? (
            <div className="nhsuk-grid-column-one-half">
              <TextInput id={FIELD_IDS.nhsNumber} name="nhsNumber" label="Person (NHS number)" hint="Includes decisions keyed without a number and later traced to it" inputMode="numeric"
                defaultValue={values.nhsNumber} widthClass="nhsuk-input--width-10" error={errorOf("nhsNumber")} />
            </div>
          ) : null}
        </div>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <Select id={FIELD_IDS.actor} name="actor" label="Who" options={view.actorOptions} defaultValue={values.actor?.trim().toLowerCase() ?? ""} error={errorOf("actor")} />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <Select id={FIELD_IDS.action} name="action" label="Action" options={view.actionOptions} defaultValue={values.action?.trim() ?? ""} error={errorOf("action")} />
          </div>
        </div>
        <button className="nhsuk-button" type="submit">Filter</button>
        {Object.keys(filterValues).length > 0 ? <p><Link href={STAFF_ROUTES.audit}>Clear the filters</Link></p> : null}
      </form>
      {filter ? (
        <>
          <p><a href={`${STAFF_ROUTES.audit}/audit-log.csv${Object.keys(filterValues).length > 0 ? `?${auditFilterQuery(filterValues)}` : ""}`} download>Download these rows as CSV</a> (all matching rows, newest first, up to 10,000; the download is recorded in this log)</p>
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
                  <td className="nhsuk-table__cell">{r.actorKind.toLowerCase()}{r.actorId ? `: ${view.staffEmails.get(r.actorId) ?? r.actorId}` : ""}</td>
                  <td className="nhsuk-table__cell"><code>{r.action}</code></td>
                  <td className="nhsuk-table__cell">{r.entityType} {r.entityId === HIDDEN ? <i>(hidden)</i> : r.entityId}{r.details ? <><br /><small>{JSON.stringify(r.details).slice(0, 300)}</small></> : null}</td>
                  <td className="nhsuk-table__cell">{r.nhsNumber === HIDDEN ? <i>(hidden)</i> : (r.nhsNumber ?? "")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 ? <p>No events match these filters.</p> : null}
          {next ? <p><Link href={`${STAFF_ROUTES.audit}?${auditFilterQuery(filterValues, { before: next })}`}>Older events</Link></p> : null}
        </>
      ) : (
        <p>No events are shown until the filters are put right.</p>
      )}
    </>
  );
}
