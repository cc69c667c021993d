import { execFileSync } from "node:child_process";


import { expect, type Page } from "@playwright/test";

import { CHECK_ANSWERS, COMMON, CONFIRMATION, DECISION, GP_PRACTICE, POSTCODE } from "../lib/content/choice";
import { CHECK_YOUR_CHOICE as C, NHS_LOGIN_DETAILS, NHS_LOGIN_PROBLEMS } from "../lib/content/nhs-login";
import { formatNhsNumber, generateTestNhsNumber } from "../lib/nhs-number/nhs-number";
import { NhsLoginPage } from "./pages/nhs-login-page";
import { test } from "./support/fixtures";
import { waitForCapturedMail } from "./support/mail";

// NHS login through the local provider that `npm start` runs (a real OpenID
// provider on its own port): Check your choice, the one-step change, the PDF
// receipt, and a page for each refusal, with and without JavaScript.

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** Follows the redirects of a new sign-in from the site to NHS login and back, and gives the callback address without opening it. */
async function callbackFromNhsLogin(page: Page): Promise<string> {
  let url = new URL("/nhs-login/start?for=check", page.url()).href;
  for (let hop = 0; hop < 10; hop++) {
    const response = await page.request.get(url, { maxRedirects: 0 });
    const location = response.headers()["location"];
    if (!location) throw new Error(`${url} answered ${response.status()} without a redirect`);
    url = new URL(location, url).href;
    if (new URL(url).pathname === "/nhs-login/callback") return url;
  }
  throw new Error("too many redirects");
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`NHS login ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });
    // Each test signs in through a second server (the local NHS login) and runs axe on every page: on a
    // loaded two-core machine the default 30 s ran out mid-redirect.
    test.describe.configure({ timeout: 120_000 });

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
      // pdftotext keeps the PDF's line breaks, so a wrapped heading reads as two lines: compare words.
      const text = execFileSync("pdftotext", ["-", "-"], { input: await response.body() }).toString("utf8").replace(/\s+/g, " ");
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

    test("a P9 adult opts out with NHS login at once, then opts back in, answering only where they live", async ({ page, expectAccessible }) => {
      const nhsLogin = new NhsLoginPage(page, expectAccessible);
      const email = `nhs-login-journey-${unique()}@example.org`;
      const nhsNumber = generateTestNhsNumber();
      const familyName = `Journey${unique()}`;
      for (const [journey, choice] of [
        ["opt-out", "OPT_OUT"],
        ["opt-in", "OPT_IN"],
      ] as const) {
        await page.goto(`/choice/${journey}`);
        await expectAccessible();
        if (choice === "OPT_OUT") {
          await nhsLogin.continueWithNhsLogin();
          await nhsLogin.signInAsSomeoneElse({ givenName: "Jo", familyName, nhsNumber, birthdate: "1968-11-20", email });
        } else {
          // NHS login remembers the sign-in: it comes straight back.
          await page.getByRole("button", { name: "Continue with NHS login" }).click();
        }
        await expect(page.getByRole("heading", { level: 1, name: POSTCODE.titleSelf })).toBeVisible();
        await expectAccessible();
        await page.getByLabel(POSTCODE.label).fill("N1 1AA");
        await page.getByRole("button", { name: COMMON.continue }).click();
        await expect(page.getByRole("heading", { level: 1, name: GP_PRACTICE.titleSelf })).toBeVisible();
        await page.getByRole("button", { name: COMMON.continue }).click();
        // The decision is asked as in every journey, already set to the journey's choice.
        await expect(page.getByRole("heading", { level: 1, name: DECISION.title })).toBeVisible();
        await expect(page.getByRole("radio", { name: DECISION.options.find((option) => option.value === choice)!.label })).toBeChecked();
        await expectAccessible();
        await page.getByRole("button", { name: COMMON.continue }).click();
        await expect(page.getByRole("heading", { level: 1, name: CHECK_ANSWERS.title })).toBeVisible();
        await expectAccessible();
        // NHS login's answers are shown, and cannot be changed here.
        const summary = page.locator(".nhsuk-summary-list");
        await expect(summary).toContainText(NHS_LOGIN_DETAILS.madeBy);
        await expect(summary).toContainText(`Jo ${familyName}`);
        await expect(summary).toContainText(formatNhsNumber(nhsNumber));
        await expect(summary).toContainText(email);
        await expect(page.getByRole("link", { name: /Change.*name/i })).toHaveCount(0);
        await page.getByRole("button", { name: CHECK_ANSWERS.submit }).click();
        await expect(page.getByRole("heading", { level: 1, name: CONFIRMATION.title[choice] })).toBeVisible();
        await expectAccessible();
        await waitForCapturedMail((m) => m.to.includes(email) && /Your choice is recorded/.test(m.subject) && m.text.includes(choice === "OPT_OUT" ? "Opt out" : "Opt back in"));
        await page.goto("/check-your-choice");
        await nhsLogin.expectCheckYourChoice();
        await expect(page.getByTestId("current-choice")).toContainText(C.current[choice === "OPT_OUT" ? "opted-out" : "participating"]);
      }
      await expect(page.getByRole("table", { name: C.historyCaption }).locator("tbody tr")).toHaveCount(2);
    });

    test("P5, P0 and a 15-year-old are refused with their own page, and nothing is recorded", async ({ page, expectAccessible }) => {
      const nhsLogin = new NhsLoginPage(page, expectAccessible);
      for (const [name, problem] of [
        ["Grace Okafor", "vot-too-low"],
        ["Tom Hughes", "vot-too-low"],
        ["Maya Ellis", "under-16"],
      ] as const) {
        // A fresh browser each time: NHS login would otherwise remember the last person.
        await page.context().clearCookies();
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

    // Playwright intercepts only the first request of a redirect chain, so the callback is caught by
    // following the real redirects from /nhs-login/start to the site's callback (without opening it),
    // once the browser is signed in at the local NHS login and it sends the browser straight back.
    test("an altered state is refused, and ends the sign-in so the genuine callback cannot be used after it", async ({ page, expectAccessible }) => {
      const nhsLogin = new NhsLoginPage(page, expectAccessible);
      await page.goto("/check-your-choice");
      await nhsLogin.continueWithNhsLogin();
      await nhsLogin.signInAs("Priya Shah");
      await nhsLogin.expectCheckYourChoice();
      const callback = new URL(await callbackFromNhsLogin(page));
      expect(callback.searchParams.get("state")).toBeTruthy();
      const altered = new URL(callback);
      altered.searchParams.set("state", "tampered-state");
      await page.goto(altered.href);
      await nhsLogin.expectProblem(NHS_LOGIN_PROBLEMS["state-mismatch"].title);
      // The altered reply ended the sign-in this device started: the genuine reply cannot be used after it.
      await page.goto(callback.href);
      await nhsLogin.expectProblem(NHS_LOGIN_PROBLEMS["no-sign-in"].title);
    });
  });
}

