import { randomInt } from "node:crypto";

import { base32 } from "@better-auth/utils/base32";
import { createOTP } from "@better-auth/utils/otp";

import { formatReferenceNumber } from "../lib/consent/reference-number";
import { generateTestNhsNumber } from "../lib/nhs-number/nhs-number";
import type { StaffRole } from "../lib/staff/roles";
import { StaffBackOffice } from "./pages/staff-back-office";
import { expectNoAccessibilityViolations } from "./support/axe";
import { withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";
import { waitForCapturedMail } from "./support/mail";
import { seedStaffIntoE2eDatabase } from "./support/staff";

// Every staff page, by role: what each role may open, and a 403 for the rest.
const PAGES = {
  "/staff/people": "person:view",
  "/staff/key": "decision:key",
  "/staff/tracing": "tracing:record",
  "/staff/review": "review:decide",
  "/staff/reports": "reports:view",
  "/staff/organisations": "organisations:manage",
  "/staff/api-clients": "api-clients:manage",
  "/staff/staff-members": "staff:manage",
  "/staff/audit": "audit:view",
} as const;

const ALLOWED: Record<StaffRole, readonly (keyof typeof PAGES)[]> = {
  caseworker: ["/staff/people", "/staff/key", "/staff/tracing"],
  supervisor: ["/staff/people", "/staff/key", "/staff/tracing", "/staff/review", "/staff/reports"],
  admin: ["/staff/reports", "/staff/organisations", "/staff/api-clients", "/staff/staff-members", "/staff/audit"],
};

const uniqueFamilyName = () => `Efftest${randomInt(1_000_000, 9_999_999)}`;
const randomNhsNumber = () => generateTestNhsNumber(() => randomInt(2 ** 32) / 2 ** 32);

// Each test signs in and checks every page it visits with axe: more than the default 30 s on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  await seedStaffIntoE2eDatabase();
});

test("a signed-out visitor is sent to sign-in, and a wrong password is refused", async ({ page, expectAccessible }) => {
  await page.goto("/staff/review");
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
  await page.getByLabel("Work email address").fill(StaffBackOffice.account("caseworker").email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("email address or password is not right");
  await expectAccessible();
});

for (const role of ["caseworker", "supervisor", "admin"] as const) {
  test(`${role}: signs in with password and code, opens exactly its pages, gets 403 for the rest`, async ({ page, expectAccessible }) => {
    // Ten pages with an axe check each, and a sign-in that may wait for a fresh code (single-use TOTP): slow on a busy 2-core machine.
    test.setTimeout(240_000);
    const office = new StaffBackOffice(page);
    await office.signIn(role, expectAccessible);
    await expectAccessible();
    for (const path of Object.keys(PAGES) as (keyof typeof PAGES)[]) {
      const response = await page.goto(path);
      if (ALLOWED[role].includes(path)) {
        expect(response?.status(), `${role} may open ${path}`).toBe(200);
      } else {
        expect(response?.status(), `${role} may not open ${path}`).toBe(403);
        await expect(page.getByRole("heading", { level: 1, name: "You do not have permission to do this" })).toBeVisible();
      }
      await expectAccessible();
    }
    await page.goto("/staff/account");
    await expectAccessible();
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page.getByText("You have been signed out on every device.")).toBeVisible();
    const after = await page.goto("/staff/people");
    expect(after?.url()).toMatch(/\/staff\/sign-in$/);
  });
}

test("a forbidden action changes nothing and is audited", async ({ page }) => {
  const office = new StaffBackOffice(page);
  await office.signIn("caseworker");
  const before = await withE2eDatabase(async (db) => (await db.query("SELECT count(*)::int AS n FROM audit_event WHERE action = 'access.forbidden'")).rows[0].n as number);
  // The browser's own request, with its session cookie.
  const response = await page.request.get("/staff/reports/decisions.csv");
  expect(response.status()).toBe(403);
  expect(await response.text()).not.toContain("breakdown,category");
  const after = await withE2eDatabase(async (db) => (await db.query("SELECT count(*)::int AS n FROM audit_event WHERE action = 'access.forbidden'")).rows[0].n as number);
  expect(after).toBeGreaterThan(before);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("keys a paper opt-out without an NHS number, traces it, and the register answers opted out", async ({ page, expectAccessible }) => {
    const office = new StaffBackOffice(page);
    await office.signIn("caseworker");
    const familyName = uniqueFamilyName();
    const paper = {
      choice: "Opt-out", givenName: "Paula", familyName, dateOfBirth: "03/02/1961", decidedOn: "01/06/2026", receivedOn: "05/06/2026", formReference: `PF-${randomInt(1e6)}`,
    } as const;
    const reference = await office.keyPaperDecision(paper);
    await expect(page.getByRole("status")).toContainText("The opt-out has no NHS number, so it is on the tracing worklist");
    await expectAccessible();

    // Keying the same form again warns of a duplicate and records nothing.
    await office.fillPaperDecision(paper);
    await page.getByRole("button", { name: "Record decision" }).click();
    await expect(page.locator(".nhsuk-error-message")).toContainText(`already has a decision of the same kind on the same date: ${reference}`);
    await expect(page.getByLabel("Record it anyway: it is a different decision")).toBeVisible();
    await expectAccessible();

    await page.goto("/staff/tracing");
    await expectAccessible();
    await page.getByRole("link", { name: new RegExp(reference) }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Trace decision ${reference}` })).toBeVisible();
    await expectAccessible();
    const nhsNumber = randomNhsNumber();
    await page.getByLabel("NHS number").fill(nhsNumber);
    await page.getByRole("button", { name: "Record NHS number" }).click();
    await expect(page.getByText(`It now counts for that person from when it was made.`)).toBeVisible();
    await expect(page.getByRole("status")).toContainText(`Decision ${reference} now belongs to NHS number`);
    await expect(page.getByRole("link", { name: new RegExp(reference) })).toHaveCount(0);

    await page.goto("/staff/people");
    await page.getByLabel("Family name").fill(familyName);
    await page.getByLabel("Date of birth").fill("03/02/1961");
    await page.getByRole("button", { name: "Find by name and date of birth" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "1 match" })).toBeVisible();
    await expectAccessible();
    await page.getByLabel("NHS number").fill(nhsNumber);
    await page.getByRole("button", { name: "Find by NHS number" }).click();
    await expect(page.getByTestId("current-state")).toContainText("Current state: opted out");
    // The traced decision, under the reference the caseworker clicked, is the one in effect.
    await expect(page.getByTestId("decision-card")).toHaveCount(1);
    await expect(page.getByTestId("decision-card")).toContainText(`${reference}, also written`);
    await expect(page.getByTestId("decision-card").getByRole("heading", { level: 3 })).toHaveText(/– In effect$/);
    await expectAccessible();

    const register = await withE2eDatabase(async (db) => (await db.query("SELECT status, decided_at FROM person_consent WHERE nhs_number = $1", [nhsNumber])).rows[0]);
    expect(register.status).toBe("OPTED_OUT");
    expect(new Date(register.decided_at).toISOString()).toBe("2026-06-01T12:00:00.000Z");
  });
});

test("a supervisor rejects proxy evidence: the decision is withdrawn, the answer restored, and the proxy emailed", async ({ page, expectAccessible }) => {
  const office = new StaffBackOffice(page);
  await office.signIn("supervisor");
  const nhsNumber = randomNhsNumber();
  const familyName = uniqueFamilyName();
  const proxyEmail = `proxy-${randomInt(1e9)}@example.org`;
  const reference = await office.keyPaperDecision({
    choice: "Opt-out", givenName: "Ruth", familyName, dateOfBirth: "09/09/1939", decidedOn: "02/06/2026", receivedOn: "04/06/2026", formReference: `PF-${randomInt(1e6)}`,
    nhsNumber, proxy: { madeBy: "Attorney (lasting power of attorney)", name: "Pat Proxy", relationship: "Son, attorney", email: proxyEmail },
  });
  await page.goto(`/staff/people/${nhsNumber}`);
  await expect(page.getByTestId("current-state")).toContainText("opted out");

  await page.goto("/staff/review");
  await expectAccessible();
  await page.getByRole("link", { name: new RegExp(reference) }).click();
  await expectAccessible();
  await page.getByRole("button", { name: "Reject and withdraw" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Enter the reason");
  await expectAccessible();
  await page.getByLabel("Reason").fill("The power of attorney is for property and financial affairs, not health and welfare.");
  await page.getByRole("button", { name: "Reject and withdraw" }).click();
  await expect(page.getByText(`Decision ${reference} rejected and withdrawn`)).toBeVisible();

  await page.goto(`/staff/people/${nhsNumber}`);
  await expect(page.getByTestId("current-state")).toContainText("participating");
  await expect(page.getByText(/Withdrawn from .*: The power of attorney is for property/)).toBeVisible();
  // The keyed form gave the proxy's address: first the same confirmation as an online choice (issue 16 point 7)...
  const confirmation = await waitForCapturedMail((m) => m.to.includes(proxyEmail) && m.subject.startsWith("Your choice is recorded"));
  expect(confirmation.text).toContain("Pat Proxy, who holds a lasting power of attorney for health and welfare for them");
  // ...then, after the review, why it could not be accepted.
  const mail = await waitForCapturedMail((m) => m.to.includes(proxyEmail) && m.subject.startsWith("We could not accept"));
  expect(mail.subject).toBe(`We could not accept your decision ${formatReferenceNumber(reference)}`);
  expect(mail.text).toContain("not health and welfare");
});

test("an admin adds an organisation and the public list shows it; creates an API client whose key is shown once", async ({ page, expectAccessible }) => {
  const office = new StaffBackOffice(page);
  await office.signIn("admin");
  const name = `Test Practice ${randomInt(1e6)}`;
  await page.goto("/staff/organisations");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("ODS code").fill(`Y${randomInt(10000, 99999)}`);
  await page.getByRole("radio", { name: "GP surgeries" }).check();
  await page.getByRole("radio", { name: "Camden" }).check();
  await page.getByLabel("Date joined").fill("01/04/2026");
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page.getByText(`Saved ${name}`)).toBeVisible();
  await expectAccessible();
  await page.goto("/when-it-starts");
  await expect(page.getByText(name)).toBeVisible();

  await page.goto("/staff/api-clients");
  const clientName = `E2E client ${randomInt(1e6)}`;
  await page.getByLabel("Record service name").fill(clientName);
  await page.getByRole("button", { name: "Create client and show key" }).click();
  await expect(page.getByRole("status")).toContainText(/nlr_/);
  // The new client is in the table at once, and the form is back to its start: empty name, both scopes ticked.
  const clientRow = page.getByRole("row").filter({ hasText: clientName });
  await expect(clientRow).toBeVisible();
  await expect(page.getByLabel("Record service name")).toHaveValue("");
  await expect(page.getByLabel(/^consent:read/)).toBeChecked();
  await expect(page.getByLabel(/^consent:changes/)).toBeChecked();
  await expectAccessible();
  // Revoking asks first; only the answer to the question revokes.
  await expect(clientRow.getByRole("button", { name: /Yes, revoke/ })).toBeHidden();
  await clientRow.locator("summary", { hasText: "Revoke" }).click();
  await expect(clientRow.getByText(`Revoke ${clientName}? Its key stops working`)).toBeVisible();
  await expectAccessible();
  await clientRow.getByRole("button", { name: /Yes, revoke/ }).click();
  await expect(page.getByText("Client revoked.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: clientName })).toContainText("Revoked");
});

test("an admin creates an account with a temporary password shown once; the new member changes it, then enrols an authenticator app", async ({ page, browser, expectAccessible }) => {
  const office = new StaffBackOffice(page);
  await office.signIn("admin");
  const email = `new.caseworker.${randomInt(1e9)}@example.org`;
  await page.goto("/staff/staff-members");
  await page.getByLabel("Full name").fill("New Caseworker");
  await page.getByLabel("Work email address").fill(email);
  await page.getByRole("radio", { name: "Caseworker" }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  const notice = page.getByRole("status").filter({ hasText: `Account created for ${email}` });
  await expect(notice).toBeVisible();
  const temporaryPassword = (await notice.getByText(/^[a-z0-9]{5}(-[a-z0-9]{5}){3}$/).textContent())!.trim();
  await expectAccessible();
  await page.goto("/staff/organisations");
  await page.getByRole("link", { name: "Royal Free London NHS Foundation Trust" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Edit" })).toBeVisible();
  await expectAccessible();

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  const ownPassword = `violet kettle harbour ${randomInt(1e6)}`;
  try {
    await newcomer.goto("/staff/sign-in");
    await newcomer.getByLabel("Work email address").fill(email);
    await newcomer.getByLabel("Password").fill(temporaryPassword);
    await newcomer.getByRole("button", { name: "Continue" }).click();
    // The temporary password first: no other page opens until it is changed.
    await expect(newcomer.getByRole("heading", { level: 1, name: "Change your password" })).toBeVisible();
    await expectNoAccessibilityViolations(newcomer);
    await newcomer.goto("/staff/people");
    await expect(newcomer).toHaveURL(/\/staff\/change-password$/);
    await newcomer.getByLabel("Current password").fill(temporaryPassword);
    await newcomer.getByLabel("New password", { exact: true }).fill("Password123456!");
    await newcomer.getByLabel("New password again").fill("Password123456!");
    await newcomer.getByRole("button", { name: "Change password" }).click();
    await expect(newcomer.locator(".nhsuk-error-summary")).toContainText("too common");
    await expectNoAccessibilityViolations(newcomer);
    await newcomer.getByLabel("Current password").fill(temporaryPassword);
    await newcomer.getByLabel("New password", { exact: true }).fill(ownPassword);
    await newcomer.getByLabel("New password again").fill(ownPassword);
    await newcomer.getByRole("button", { name: "Change password" }).click();

    await expect(newcomer.getByRole("heading", { level: 1, name: "Set up your authenticator app" })).toBeVisible();
    await expectNoAccessibilityViolations(newcomer);
    // No other page opens until the app is set up.
    await newcomer.goto("/staff/people");
    await expect(newcomer).toHaveURL(/\/staff\/enrol$/);
    await newcomer.getByLabel("Your password").fill(ownPassword);
    await newcomer.getByRole("button", { name: "Set up authenticator app" }).click();
    await expect(newcomer.getByRole("img", { name: /QR code for your authenticator app/ })).toBeVisible();
    await expect(newcomer.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
    await expectNoAccessibilityViolations(newcomer);
    const secret = (await newcomer.getByTestId("totp-secret").textContent())!.trim();
    const code = await createOTP(base32.decode(secret), { digits: 6, period: 30 }).totp();
    await newcomer.getByLabel("Code").fill(code);
    await newcomer.getByRole("button", { name: "Turn on and continue" }).click();
    await expect(newcomer.getByRole("heading", { level: 1, name: "Back office" })).toBeVisible();
  } finally {
    await context.close();
  }
});

test.describe("refusals, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a caseworker's post of an admin action gets the 403 page, changes nothing and is audited", async ({ page, browser }) => {
    // The admin's own form, with its server action's id, as a browser without JavaScript posts it.
    const adminContext = await browser.newContext({ javaScriptEnabled: false });
    const adminPage = await adminContext.newPage();
    const name = `Forged client ${randomInt(1e9)}`;
    let action: string;
    let fields: Record<string, string>;
    try {
      await new StaffBackOffice(adminPage).signIn("admin");
      await adminPage.goto("/staff/api-clients");
      await adminPage.getByLabel("Record service name").fill(name);
      ({ action, fields } = await adminPage.locator('form:has(button:text("Create client and show key"))').evaluate((form: HTMLFormElement) => ({
        action: form.action,
        fields: Object.fromEntries([...new FormData(form)].map(([key, value]) => [key, String(value)])),
      })));
    } finally {
      await adminContext.close();
    }
    expect(Object.keys(fields).some((key) => key.startsWith("$ACTION_")), "a real server action form").toBe(true);

    await new StaffBackOffice(page).signIn("caseworker");
    const forbiddenCount = () => withE2eDatabase(async (db) => Number((await db.query("SELECT count(*) FROM audit_event WHERE action = 'access.forbidden' AND details->>'attempted' = 'create an API client'")).rows[0].count));
    const before = await forbiddenCount();
    const origin = new URL(page.url()).origin;
    const refused = await page.request.post(action, { multipart: fields, headers: { origin, "sec-fetch-site": "same-origin" } });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain("You do not have permission to do this");
    expect(await forbiddenCount()).toBe(before + 1);
    expect(await withE2eDatabase(async (db) => Number((await db.query("SELECT count(*) FROM api_client WHERE name = $1", [name])).rows[0].count))).toBe(0);
    // What the browser draws is checked in e2e/staff-references.spec.ts (a whole 403 page, not a blank one).
  });
});

test("an admin's audit log hides residents: no NHS number, no decision details, no search by person", async ({ page, expectAccessible }) => {
  const office = new StaffBackOffice(page);
  await office.signIn("caseworker");
  const nhsNumber = randomNhsNumber();
  const reference = await office.keyPaperDecision({
    choice: "Opt-out", givenName: "Audrey", familyName: uniqueFamilyName(), dateOfBirth: "04/04/1944", decidedOn: "03/06/2026", receivedOn: "05/06/2026", formReference: `PF-${randomInt(1e6)}`, nhsNumber,
  });
  await page.goto("/staff/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByText("You have been signed out on every device.")).toBeVisible();

  await office.signIn("admin");
  await page.goto(`/staff/audit?nhsNumber=${nhsNumber}&action=decision`);
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(page.getByText("Admins do not see residents' decisions")).toBeVisible();
  await expect(page.getByLabel("Person (NHS number)")).toHaveCount(0);
  const table = await page.locator("table").innerText();
  expect(table).toContain("decision.");
  for (const secret of [nhsNumber, nhsNumber.replace(/(\d{3})(\d{3})(\d{4})/, "$1 $2 $3"), reference, "OPT_OUT", "EFFECTIVE"]) expect(table).not.toContain(secret);
  await expectAccessible();
});
