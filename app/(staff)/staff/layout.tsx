import type { Metadata } from "next";
import Link from "next/link";
import { Suspense, type ReactNode } from "react";

import { ActionButton } from "@/components/staff/action-button";
import { getSessionIdleSeconds, SESSION_WARNING_SECONDS } from "@/lib/auth/auth-settings";
import { permissionsOf, ROLE_LABELS, isStaffRole, type Permission } from "@/lib/staff/roles";

import { readStaffSession, STAFF_ROUTES } from "../_lib/staff-session";
import { signOutAction } from "./account/actions";
import { SessionTimeout } from "./session-timeout-warning";

export const metadata: Metadata = {
  title: { template: "%s – Staff – North London consent register", default: "Staff – North London consent register" },
  robots: { index: false, follow: false },
};

// Staff pages depend on who is signed in: never cache them.
export const dynamic = "force-dynamic";

const NAV: readonly { href: string; label: string; permission: Permission }[] = [
  { href: STAFF_ROUTES.people, label: "Find a person", permission: "person:view" },
  { href: STAFF_ROUTES.key, label: "Key in a decision", permission: "decision:key" },
  { href: STAFF_ROUTES.tracing, label: "Tracing", permission: "tracing:record" },
  { href: STAFF_ROUTES.review, label: "Review", permission: "review:decide" },
  { href: STAFF_ROUTES.reports, label: "Reports", permission: "reports:view" },
  { href: "/staff/imports", label: "Legacy import", permission: "legacy-import:run" },
  { href: STAFF_ROUTES.organisations, label: "Organisations", permission: "organisations:manage" },
  { href: STAFF_ROUTES.apiClients, label: "API clients", permission: "api-clients:manage" },
  { href: STAFF_ROUTES.staffMembers, label: "Staff", permission: "staff:manage" },
  { href: STAFF_ROUTES.audit, label: "Audit log", permission: "audit:view" },
];

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const session = await readStaffSession();
  const user = session?.user;
  // A single sign-on session's second factor was the provider's (docs/decisions/019).
  const isSignedIn = Boolean((user?.twoFactorEnabled || session?.session.signInMethod === "sso") && isStaffRole(user?.role));
  const allowed = new Set(permissionsOf(user?.role));
  // This request used the session: the idle limit counts from now.
  const renderedAt = new Date().getTime();
  return (
    <>
      {isSignedIn && user ? (
        <div className="nhsuk-u-margin-bottom-5">
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
            Signed in as <strong>{user.name}</strong> ({isStaffRole(user.role) ? ROLE_LABELS[user.role] : user.role}).{" "}
            <Link href={STAFF_ROUTES.account}>Your account</Link>
          </p>
          <nav aria-label="Back office">
            <ul className="nhsuk-list nhsuk-u-margin-bottom-2 app-staff-nav">
              <li><Link href={STAFF_ROUTES.home}>Back office home</Link></li>
              {NAV.filter((item) => allowed.has(item.permission)).map((item) => (
                <li key={item.href}><Link href={item.href}>{item.label}</Link></li>
              ))}
            </ul>
          </nav>
          <ActionButton action={signOutAction} label="Sign out" />
          <Suspense fallback={null}><SessionTimeout idleSeconds={getSessionIdleSeconds()} warningSeconds={SESSION_WARNING_SECONDS} renderedAt={renderedAt} /></Suspense>
        </div>
      ) : null}
      {children}
    </>
  );
}

