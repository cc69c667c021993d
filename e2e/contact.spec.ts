import { randomInt } from "node:crypto";

import { CALLBACK_FORM } from "../lib/content/contact";
import { ContactPage } from "./pages/contact-page";
import { expect, test } from "./support/fixtures";
import { waitForCapturedMail } from "./support/mail";

const E = CALLBACK_FORM.errors;
const TEAM = "e2e-team@example.org"; // TEAM_EMAIL in playwright.config.ts
const uniqueName = () => `Test Resident ${randomInt(1_000_000, 9_999_999)}`;

for (const javaScriptEnabled of [true, false]) {
  test.describe(`request a call back ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("explains each mistake, keeps the answers, then saves the request and emails the team", async ({ page, expectAccessible }) => {
      const contact = new ContactPage(page);
      await contact.goto("/contact");
      const name = uniqueName();

      await contact.name.fill(name);
      await contact.phone.fill("12345");
      await contact.submit.click();

      await expect(contact.errorSummary).toBeVisible();
      await expect(contact.errorSummary.getByRole("heading", { name: CALLBACK_FORM.errorSummaryHeading })).toBeVisible();
      await expect(contact.errorSummary.getByRole("link")).toHaveText([E.phone.invalid, E.preferredTime.required]);
      await expect(contact.errorSummary.getByRole("link", { name: E.phone.invalid })).toHaveAttribute("href", "#callback-phone");
      await expect(contact.fieldError(E.phone.invalid)).toBeVisible();
      await expect(contact.phone).toHaveAttribute("aria-describedby", /callback-phone-error/);
      if (javaScriptEnabled) await expect(contact.errorSummary).toBeFocused();
      // What the resident typed is still there.
      await expect(contact.name).toHaveValue(name);
      await expect(contact.phone).toHaveValue("12345");
      await expectAccessible();

      await contact.phone.fill("07700 900 982");
      await contact.preferredTime("Afternoon (12pm to 5pm)").check();
      await contact.message.fill("A question about my child's record");
      await contact.submit.click();

      await expect(contact.confirmation).toBeVisible();
      await expect(page).toHaveURL("/contact/call-back-requested");
      await expectAccessible();

      const mail = await waitForCapturedMail((m) => m.to.includes(TEAM) && m.text.includes(name));
      expect(mail.subject).toMatch(/^Call-back request CB-[0-9A-F]{8}$/);
      expect(mail.text).toContain("07700 900 982");
      expect(mail.text).toContain("Afternoon (12pm to 5pm)");
      expect(mail.text).toContain("A question about my child's record");

      // Developers read the same captured mail at /dev/mail.
      await page.goto("/dev/mail");
      await expect(page.getByRole("heading", { level: 2, name: mail.subject })).toBeVisible();
      await expectAccessible();
    });
  });
}

test("an empty form asks for the name, phone number and time", async ({ page }) => {
  const contact = new ContactPage(page);
  await contact.goto("/contact");
  await contact.submit.click();
  await expect(contact.errorSummary.getByRole("link")).toHaveText([E.name.required, E.phone.required, E.preferredTime.required]);
});
