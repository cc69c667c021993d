import { execFileSync } from "node:child_process";


import { expect } from "@playwright/test";

import { CHECK_YOUR_CHOICE as C, NHS_LOGIN_PROBLEMS } from "../lib/content/nhs-login";
import { formatNhsNumber, generateTestNhsNumber } from "../lib/nhs-number/nhs-number";
import { NhsLoginPage } from "./pages/nhs-login-page";
import { test } from "./support/fixtures";
import { waitForCapturedMail } from "./support/mail";

// NHS login through the local provider that `npm start` runs (a real OpenID
// provider on its own port): Check your choice, the one-step change, the PDF
// receipt, and a page for each refusal, with and without JavaScript.

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

for (const javaScriptEnabled of [true, false]) {
  test.describe(`NHS login ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("a P9 adult opted out through CareMyWay checks their choice and downloads a receipt", async ({ page, expectAccessible }) => {
      const nhsLogin = new NhsLoginPage(page, expectAccessible);
      await page.goto("/check-your-choice");
      await expect(page.getByRole("heading", { level: 1, name: C.signInTitle })).toBeVisible();
      await expectAccessible();
      await nhsLogin.continueWithNhsLogin();
      await nhsLogin.signInAs("Oliver Bennett");
      await nhsLogin.expectCheckYourChoice();
      await expect(page.getByText(C.signedInAs("Oliver Bennett", formatNhsNumber("9991234888")))).toBeVisible();
      const current = page.getByTestId("current-choice");
      await expect(current).toContainText(C.current["opted-out"]);
      await expect(current).toContainText(C.carriedAcross("CareMyWay (Islington)"));
      const history = page.getByRole("table", { name: C.historyCaption });
      await expect(history).toContainText("CareMyWay (Islington)");

      const response = await page.request.get("/check-your-choice/receipt.pdf");
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/pdf");
      const text = execFileSync("pdftotext", ["-", "-"], { input: await response.body() }).toString("utf8");
      expect(text).toContain(C.receiptTitle);
      expect(text).toContain("999 123 4888");
      expect(text).toContain(C.carriedAcross("CareMyWay (Islington)"));
    });

    test("a P9 adult changes their choice in one step from Check your choice, and is emailed", async ({ page, expectAccessible }) => {
      const nhsLogin = new NhsLoginPage(page, expectAccessible);
      const email = `nhs-login-${unique()}@example.org`;
      const nhsNumber = generateTestNhsNumber();
      await page.goto("/check-your-choice");
      await nhsLogin.continueWithNhsLogin();
      await nhsLogin.signInAsSomeoneElse({ givenName: "Robin", familyName: `Tester${unique()}`, nhsNumber, birthdate: "1979-04-02", email });
      await nhsLogin.expectCheckYourChoice();
      await expect(page.getByTestId("current-choice")).toContainText(C.noDecisions);
      await page.getByRole("button", { name: C.optOutButton }).click();
      await expect(page.getByRole("heading", { level: 1, name: `${C.choiceLabel.OPT_OUT}: ${C.statusLabel.EFFECTIVE}` })).toBeVisible();
      await expectAccessible();
      await expect(page.getByTestId("current-choice")).toContainText(C.current["opted-out"]);
      await expect(page.getByRole("table", { name: C.historyCaption })).toContainText(C.channelLabel.ONLINE);
      const mail = await waitForCapturedMail((m) => m.to.includes(email));
      expect(mail.subject).toMatch(/Your choice is recorded/);
      // Signing out ends the session: Check your choice asks to sign in again.
      await page.getByRole("button", { name: C.signOut }).click();
      await page.goto("/check-your-choice");
      await expect(page.getByRole("heading", { level: 1, name: C.signInTitle })).toBeVisible();
    });

    test("P5, P0 and a 15-year-old are refused with their own page, and nothing is recorded", async ({ page, expectAccessible }) => {
      const nhsLogin = new NhsLoginPage(page, expectAccessible);
      for (const [name, problem] of [
        ["Grace Okafor", "vot-too-low"],
        ["Tom Hughes", "vot-too-low"],
        ["Maya Ellis", "under-16"],
      ] as const) {
        await page.goto("/check-your-choice");
        await nhsLogin.continueWithNhsLogin();
        await nhsLogin.signInAs(name);
        await nhsLogin.expectProblem(NHS_LOGIN_PROBLEMS[problem].title);
        await page.goto("/check-your-choice");
        await expect(page.getByRole("heading", { level: 1, name: C.signInTitle })).toBeVisible();
      }
    });

    test("cancelling and provider errors each get their own page", async ({ page, expectAccessible }) => {
      const nhsLogin = new NhsLoginPage(page, expectAccessible);
      for (const [button, problem] of [
        ["Cancel and go back to the service", "cancelled"],
        ["Return the error login_required", "login-required"],
        ["Return the error access_denied", "access-denied"],
      ] as const) {
        await page.goto("/check-your-choice");
        await nhsLogin.continueWithNhsLogin();
        await page.getByRole("button", { name: button }).click();
        await nhsLogin.expectProblem(NHS_LOGIN_PROBLEMS[problem].title);
      }
    });

    test("an altered state is refused, and the same callback cannot be replayed", async ({ page, expectAccessible }) => {
      const nhsLogin = new NhsLoginPage(page, expectAccessible);
      await page.goto("/check-your-choice");
      await nhsLogin.continueWithNhsLogin();
      let callback = "";
      await page.route(/\/nhs-login\/callback/, async (route) => {
        callback = route.request().url();
        await route.abort();
      });
      await nhsLogin.signInAs("Priya Shah").catch(() => undefined);
      await expect.poll(() => callback).not.toBe("");
      await page.unroute(/\/nhs-login\/callback/);
      const altered = new URL(callback);
      altered.searchParams.set("state", "tampered-state");
      await page.goto(altered.href);
      await nhsLogin.expectProblem(NHS_LOGIN_PROBLEMS["state-mismatch"].title);
      await page.goto(callback);
      await nhsLogin.expectProblem(NHS_LOGIN_PROBLEMS.replayed.title);
      await page.goto("/check-your-choice");
      await expect(page.getByRole("heading", { level: 1, name: C.signInTitle })).toBeVisible();
    });
  });
}

