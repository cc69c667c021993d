// One virtual resident opting out online as a browser without JavaScript
// does: GET the start page, press "Start now", then on each page the site
// redirects to, answer the question its form asks and submit it; read the
// security code from the email the site sent; submit the answers; read the
// reference number on the confirmation page. Each journey uses a new cookie
// jar and an identity of its own (a distinct 999-range NHS number and email).
import { CHOICE_EMAILS, type JourneySlug } from "@/lib/content/choice";
import { isValidNhsNumber } from "@/lib/nhs-number/nhs-number";
import type { CapturedMail } from "@/lib/email/mail-capture-server";

import { NoScriptBrowser, RequestFailed, type Loaded } from "./browser";
import type { HtmlForm } from "./html-page";
import type { Stats } from "./stats";

export type Identity = {
  index: number;
  nhsNumber: string;
  givenName: string;
  familyName: string;
  dateOfBirth: { day: string; month: string; year: string };
  postcode: string;
  email: string;
};

const GIVEN_NAMES = ["Amara", "Ben", "Chloe", "Dev", "Eleni", "Femi", "Grace", "Hamza", "Ines", "Jonah", "Kofi", "Lucia", "Mei", "Nadia", "Oisin", "Priya"];
const FAMILY_NAMES = ["Adeyemi", "Brennan", "Costa", "Demir", "Evans", "Fischer", "Gupta", "Hughes", "Ibrahim", "Jones", "Kowalski", "Lindqvist", "Murphy", "Nguyen", "O'Neill", "Patel"];
/** Postcodes in the five boroughs' districts (lib/eligibility/postcode-districts.ts). */
const POSTCODES = ["N1 9GU", "N7 8JH", "NW1 2DB", "NW3 2QG", "N8 0LU", "N17 6LA", "EN1 3XY", "N9 0TT", "N3 1LD", "NW4 4BE", "EC1V 4PW", "HA8 7AJ"];

/**
 * Distinct people for the run: the i-th valid NHS number from 999 000 000 0
 * up (about one in eleven 999-prefixed numbers has a valid check digit), and
 * an email address no other resident uses.
 */
export class IdentitySource {
  private next = 0;
  private candidate = 0;

  constructor(
    private readonly runId: string,
    private readonly startAt = 0,
  ) {
    this.candidate = startAt;
  }

  take(): Identity {
    let nhsNumber: string;
    do nhsNumber = `999${String(this.candidate++).padStart(7, "0")}`;
    while (!isValidNhsNumber(nhsNumber));
    const index = this.next++;
    return {
      index,
      nhsNumber,
      givenName: GIVEN_NAMES[index % GIVEN_NAMES.length]!,
      familyName: FAMILY_NAMES[Math.floor(index / GIVEN_NAMES.length) % FAMILY_NAMES.length]!,
      dateOfBirth: { day: String((index % 28) + 1), month: String((index % 12) + 1), year: String(1940 + (index % 60)) },
      postcode: POSTCODES[index % POSTCODES.length]!,
      email: `resident-${this.runId}-${index}@example.org`,
    };
  }
}

export type JourneyOutcome = {
  identity: Identity;
  /** Set once the answers were sent (the check-answers form was posted). */
  submitSentAt?: number;
  /** When the site answered the submission with a redirect to the confirmation: the decision is committed. */
  confirmedAt?: number;
  /** The reference number shown on the confirmation page, without hyphens. */
  reference?: string;
  /** The reference was read only by coming back to the confirmation page after the submission failed. */
  wasRecovered?: boolean;
  error?: string;
};

export type ResidentContext = {
  origin: string;
  journey: JourneySlug;
  stats: Stats;
  timeoutMs: number;
  waitForMail: (to: string, predicate: (mail: CapturedMail) => boolean, timeoutMs: number) => Promise<CapturedMail>;
  /** Checked between pages: when true the resident leaves (after the submission, if already sent). */
  shouldStop: () => boolean;
  /** Called the moment a submission is known to be committed, so record services can check it. */
  onConfirmed: (outcome: JourneyOutcome) => void;
};

export class JourneyAbandoned extends Error {}

/** The answers each question's form asks for. */
function answersFor(step: string, identity: Identity, code: string | undefined): Record<string, string> {
  switch (step) {
    case "who-for": return { madeBy: "SELF" };
    case "name": return { givenName: identity.givenName, familyName: identity.familyName };
    case "date-of-birth": return { dobDay: identity.dateOfBirth.day, dobMonth: identity.dateOfBirth.month, dobYear: identity.dateOfBirth.year };
    case "nhs-number": return { nhsNumber: identity.nhsNumber };
    case "postcode": return { postcode: identity.postcode };
    case "gp-practice": return { gpPracticeOds: "" };
    case "decision": return { choice: "OPT_OUT" };
    case "email": return { email: identity.email };
    case "confirm-email": return { code: code ?? "" };
    case "check-answers": return {};
    default: throw new RequestFailed(`unexpected page ${step}`, `the journey reached ${step}`);
  }
}

/** The form that answers this step: the one carrying the hidden step field (or, on the start page, the journey field). */
function stepForm(loaded: Loaded, step: string): HtmlForm {
  const form = loaded.page.forms.find((candidate) =>
    candidate.controls.some((control) => control.type === "hidden" && (step === "start" ? control.name === "journey" : control.name === "step" && control.value === step)),
  );
  if (!form) throw new RequestFailed(`no form on ${step}`, `the ${step} page has no form for it (${loaded.page.h1 || "no heading"})`);
  return form;
}

function stepOf(url: string, journey: JourneySlug): string {
  const path = new URL(url).pathname;
  const prefix = `/choice/${journey}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

/** Completes one opt-out. Failures are recorded in the stats and returned in the outcome, never thrown. */
export async function completeJourney(context: ResidentContext, identity: Identity): Promise<JourneyOutcome> {
  const outcome: JourneyOutcome = { identity };
  const browser = new NoScriptBrowser(context.origin, context.stats, context.timeoutMs);
  const startPath = `/choice/${context.journey}`;
  let step = "start";
  try {
    const start = await browser.get(startPath, "GET start page", true);
    const started = await browser.submit(start.url, stepForm(start, "start"), {}, "POST start page");
    let next = expectRedirect(context, started, "start");
    let codeSentAt = 0;
    for (let pages = 0; pages < 20; pages++) {
      step = stepOf(next, context.journey);
      // After the submission was sent, the resident stays to see the confirmation.
      if (context.shouldStop() && outcome.submitSentAt === undefined) throw new JourneyAbandoned();
      let loaded: Loaded;
      try {
        loaded = await browser.get(next, `GET ${step}`);
      } catch (error) {
        // The decision is recorded but its page did not come: come back to it, as a person would.
        if (step === "confirmation") return await recover(browser, context, outcome, error);
        throw error;
      }
      if (loaded.status !== 200) {
        // The site sent this page elsewhere (it decides which question comes next).
        next = expectRedirect(context, loaded, step, true);
        continue;
      }
      if (step === "confirmation") {
        const reference = loaded.page.referenceNumber?.replaceAll("-", "") ?? "";
        if (!/^[2-9A-HJ-NP-TV-Y]{9}$/.test(reference)) throw new RequestFailed("no reference on the confirmation page", `confirmation page without a reference (${loaded.page.h1})`);
        outcome.reference = reference;
        return outcome;
      }
      let code: string | undefined;
      if (step === "confirm-email") {
        const waitStarted = performance.now();
        try {
          const mail = await context.waitForMail(identity.email, (m) => m.subject === CHOICE_EMAILS.codeSubject, Math.max(60_000, context.timeoutMs));
          code = /\b(\d{6})\b/.exec(mail.text)?.[1];
        } catch {
          context.stats.error("email with the code", "did not arrive");
          throw new RequestFailed("code email did not arrive", `no security code email reached ${identity.email}`);
        }
        context.stats.latency("email with the code (from POST email)", performance.now() - codeSentAt);
        context.stats.latency("wait for the code email (after the page)", performance.now() - waitStarted);
        if (!code) throw new RequestFailed("no code in the email", "the security code email had no six-digit code");
      }
      const answers = answersFor(step, identity, code);
      if (step === "check-answers") outcome.submitSentAt = performance.now();
      let posted: Loaded;
      try {
        posted = await browser.submit(loaded.url, stepForm(loaded, step), answers, `POST ${step}`);
      } catch (error) {
        if (step === "check-answers") return await recover(browser, context, outcome, error);
        throw error;
      }
      if (step === "email") codeSentAt = performance.now();
      next = expectRedirect(context, posted, step);
      if (step === "check-answers") {
        if (stepOf(next, context.journey) !== "confirmation") throw new RequestFailed("submission not confirmed", `the submission led to ${next}`);
        outcome.confirmedAt = performance.now();
        context.onConfirmed(outcome);
      }
    }
    throw new RequestFailed("journey too long", "more than 20 pages without a confirmation");
  } catch (error) {
    if (error instanceof JourneyAbandoned) {
      outcome.error = "abandoned at the end of the run";
      return outcome;
    }
    outcome.error = error instanceof Error ? error.message : String(error);
    if (!(error instanceof RequestFailed)) context.stats.error(`journey at ${step}`, outcome.error);
    return outcome;
  }
}

/** A 303 to the next page, or the page again with an error summary (recorded as a form error). */
function expectRedirect(context: ResidentContext, loaded: Loaded, step: string, isGet = false): string {
  if (loaded.status >= 300 && loaded.status < 400 && loaded.location) return loaded.location;
  const summary = loaded.page.errorSummary.join(" / ") || loaded.page.h1 || `status ${loaded.status}`;
  const kind = loaded.page.errorSummary.length ? `form error "${summary}"` : `unexpected answer (${summary})`;
  context.stats.error(`${isGet ? "GET" : "POST"} ${step}`, kind);
  throw new RequestFailed(kind, `${step}: ${kind}`);
}

/**
 * The submission failed or timed out, so its outcome is unknown: as a person
 * would, go back to the journey. The site shows the confirmation if the
 * decision was recorded, or the check your answers page if not.
 */
async function recover(browser: NoScriptBrowser, context: ResidentContext, outcome: JourneyOutcome, error: unknown): Promise<JourneyOutcome> {
  outcome.error = error instanceof Error ? error.message : String(error);
  try {
    const again = await browser.get(`/choice/${context.journey}/confirmation`, "GET confirmation (after a failed submission)");
    if (again.status === 200 && again.page.referenceNumber) {
      outcome.reference = again.page.referenceNumber.replaceAll("-", "");
      outcome.wasRecovered = true;
      if (outcome.confirmedAt === undefined) {
        outcome.confirmedAt = performance.now();
        context.onConfirmed(outcome);
      }
    }
  } catch {
    // Still unknown: the count afterwards says whether it was recorded.
  }
  return outcome;
}
