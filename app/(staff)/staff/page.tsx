import type { Metadata } from "next";
import Link from "next/link";

import { permissionsOf, ROLE_LABELS } from "@/lib/staff/roles";

import { requireStaff, STAFF_ROUTES } from "../_lib/staff-session";

export const metadata: Metadata = { title: "Back office" };

const TASKS = [
  { href: STAFF_ROUTES.people, label: "Find a person", text: "By NHS number, or by name and date of birth: current state and every decision.", permission: "person:view" },
  { href: STAFF_ROUTES.key, label: "Key in a paper form or phone call", text: "Record a decision that reached us on paper or by phone.", permission: "decision:key" },
  { href: STAFF_ROUTES.tracing, label: "Tracing worklist", text: "Decisions without an NHS number, oldest first.", permission: "tracing:record" },
  { href: STAFF_ROUTES.review, label: "Review queue", text: "Opt-ins awaiting review and evidence for decisions made for someone else.", permission: "review:decide" },
  { href: STAFF_ROUTES.reports, label: "Reports", text: "Decisions over time, by borough, channel and source; queue sizes and ages.", permission: "reports:view" },
  { href: "/staff/imports", label: "Import legacy opt-outs", text: "Check a CareMyWay or CIDR extract, see the report, then commit it.", permission: "legacy-import:run" },
  { href: STAFF_ROUTES.organisations, label: "Participating organisations", text: "Add, edit and end organisations on the public list.", permission: "organisations:manage" },
  { href: STAFF_ROUTES.apiClients, label: "API clients", text: "Keys for record services to call the consent-check API.", permission: "api-clients:manage" },
  { href: STAFF_ROUTES.staffMembers, label: "Staff accounts", text: "Create, reset, approve, disable and re-enable back-office accounts.", permission: "staff:manage" },
  { href: STAFF_ROUTES.audit, label: "Audit log", text: "Who did what, filtered by member of staff or action (not whose record: admins do not see residents' decisions).", permission: "audit:view" },
] as const;

export default async function StaffHomePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const staff = await requireStaff();
  const params = await searchParams;
  const allowed = new Set(permissionsOf(staff.role));
  return (
    <>
      <h1>Back office</h1>
      {params["password-changed"] ? <div className="nhsuk-inset-text" role="status"><p>Your password has been changed. You have been signed out everywhere else.</p></div> : null}
      <p className="nhsuk-lede-text">You are signed in as a {ROLE_LABELS[staff.role].toLowerCase()}.</p>
      <ul className="nhsuk-grid-row nhsuk-card-group">
        {TASKS.filter((task) => allowed.has(task.permission)).map((task) => (
          <li className="nhsuk-grid-column-one-half nhsuk-card-group__item" key={task.href}>
            <div className="nhsuk-card nhsuk-card--clickable">
              <div className="nhsuk-card__content">
                <h2 className="nhsuk-card__heading nhsuk-heading-m"><Link className="nhsuk-card__link" href={task.href}>{task.label}</Link></h2>
                <p className="nhsuk-card__description">{task.text}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
