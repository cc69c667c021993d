import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { loadProgrammeFacts, serialiseProgramme } from "@/lib/content/load-programme-facts";

// Keeps every channel true to one set of programme facts: every phone number,
// email address and postcode in the rendered content (every content module's
// words, the leaflet, the left-out list and the paper form as pdftotext reads
// them, the emails and the film's caption files) is the configured one; no
// page or PDF says localhost when SITE_URL is public; the start date is the
// configured one. Runs twice: with the example defaults and with a
// production-style configuration from a PROGRAMME_FILE and PROGRAMME_* variables.

const PROJECT_ROOT = path.resolve(__dirname, "../..");
const CONTENT_DIR = path.join(PROJECT_ROOT, "lib/content");
const FILM_DIR = path.join(PROJECT_ROOT, "public/film");
const work = mkdtempSync(path.join(tmpdir(), "programme-consistency-"));

/** Examples of the format residents type their own details in, in ranges kept for fiction: allowed anywhere. */
const FORMAT_EXAMPLES = { phones: ["07700900982", "02079460123"], emails: ["name@example.com"], postcodes: ["N1 1AA"] };

// UK numbers as written for people: 0 then 9 or 10 more digits, in groups.
const PHONE = /(?<![\d])(?:18001 )?0\d{2,4}(?: ?\d){6,8}(?![\d])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/g;

const digits = (text: string) => text.replace(/\D/g, "");

/** Every string inside a value (objects, arrays, nested), in order. */
function collectStrings(value: unknown, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value === "string") out.push(value);
  else if (value && typeof value === "object" && !seen.has(value)) {
    seen.add(value);
    for (const item of Object.values(value)) collectStrings(item, out, seen);
  }
  return out;
}

function pdfText(name: string, pdf: Buffer): string {
  const file = path.join(work, name);
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
}

/** pdftotext breaks lines at spaces and after hyphens: join them again, with runs of white space made one space. */
const squash = (text: string) => text.replace(/-\n/g, "-").replace(/\s+/g, " ");

type Channel = { name: string; text: string };

/** Renders every channel with the programme facts the environment holds now. */
async function renderChannels(siteUrl: string): Promise<{ channels: Channel[]; programme: typeof import("@/lib/content/programme") }> {
  vi.resetModules();
  const programme = await import("@/lib/content/programme");
  const channels: Channel[] = [];

  // Every content module's words: the pages, the journeys, the error messages, the film script.
  const skip = new Set(["programme-schema.ts", "load-programme-facts.ts", "check-programme-facts.ts", "programme.ts", "types.ts"]);
  for (const file of readdirSync(CONTENT_DIR).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && !skip.has(name))) {
    const exports = (await import(path.join(CONTENT_DIR, file))) as Record<string, unknown>;
    channels.push({ name: `lib/content/${file}`, text: collectStrings(exports).join("\n") });
  }

  const { renderCallbackRequestEmail } = await import("@/lib/content/emails");
  const { renderDecisionRejectedEmail } = await import("@/lib/content/evidence-rejected-email");
  const { CHOICE_EMAILS } = await import("@/lib/content/choice");
  const { emailLineText } = await import("@/lib/content/email-layout");
  const { siteLinksFor } = await import("@/lib/email/site-links");
  const links = siteLinksFor("en", siteUrl);
  const callback = renderCallbackRequestEmail({ name: "Alex Example", phone: "07700 900982", preferredTime: null, message: null, language: "English", requestedAt: "now", reference: "CB-1" });
  const rejected = renderDecisionRejectedEmail({ reference: "ABC-DEF-GHJ", choice: "OPT_OUT", decidedAt: new Date(), reason: "Unreadable", isProxy: true, links });
  channels.push({ name: "call-back email", text: `${callback.text}\n${callback.html}` });
  channels.push({ name: "decision rejected email", text: `${rejected.text}\n${rejected.html}` });
  channels.push({ name: "confirmation email closing", text: [CHOICE_EMAILS.emergencyWarning, emailLineText(CHOICE_EMAILS.changeMind(links)), emailLineText(CHOICE_EMAILS.contact(links))].join("\n") });

  const { renderLeafletPdf } = await import("@/lib/pdf/render-leaflet-pdf");
  const { renderExcludedInformationPdf } = await import("@/lib/pdf/render-excluded-information-pdf");
  const { renderPaperFormPdf } = await import("@/lib/pdf/render-paper-form-pdf");
  const { CONTENT } = await import("@/lib/content/locales/en");
  const english = { siteUrl, locale: "en" as const, content: CONTENT };
  channels.push({ name: "leaflet PDF", text: pdfText("leaflet.pdf", await renderLeafletPdf(english)) });
  channels.push({ name: "left-out list PDF", text: pdfText("left-out.pdf", await renderExcludedInformationPdf(english)) });
  channels.push({ name: "paper form PDF", text: pdfText("paper-form.pdf", (await renderPaperFormPdf(english)).pdf) });

  for (const file of readdirSync(FILM_DIR).filter((name) => name.endsWith(".vtt"))) {
    channels.push({ name: `public/film/${file}`, text: readFileSync(path.join(FILM_DIR, file), "utf8") });
  }
  return { channels, programme };
}

function expectOnlyConfiguredDetails(channels: Channel[], facts: import("@/lib/content/programme-schema").ProgrammeFacts): void {
  const phones = new Set([digits(facts.contact.phone), digits(facts.contact.textRelay), ...FORMAT_EXAMPLES.phones]);
  const emails = new Set([facts.contact.email, facts.dataProtectionOfficer.email, ...FORMAT_EXAMPLES.emails]);
  const postcodes = new Set([...facts.contact.postalAddress.flatMap((line) => line.match(POSTCODE) ?? []), ...FORMAT_EXAMPLES.postcodes]);
  for (const channel of channels) {
    const text = squash(channel.text);
    expect((text.match(PHONE) ?? []).map(digits).filter((number) => !phones.has(number)), `${channel.name}: phone numbers`).toEqual([]);
    expect((text.match(EMAIL) ?? []).filter((email) => !emails.has(email)), `${channel.name}: email addresses`).toEqual([]);
    expect((text.match(POSTCODE) ?? []).filter((postcode) => !postcodes.has(postcode)), `${channel.name}: postcodes`).toEqual([]);
    expect(text, `${channel.name}: an old address`).not.toMatch(/freepost (NLJUR|JOINED UP RECORD)/i);
  }
}

const channelNamed = (channels: Channel[], name: string) => squash(channels.find((channel) => channel.name === name)!.text);

const saved = { ...process.env };
afterAll(() => {
  process.env = saved;
  vi.resetModules();
});

beforeAll(() => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
  } catch {
    throw new Error("These tests read PDFs with poppler-utils: sudo apt-get install -y poppler-utils");
  }
});

describe("with the example defaults", () => {
  let channels: Channel[];
  let programme: typeof import("@/lib/content/programme");

  beforeAll(async () => {
    for (const key of Object.keys(process.env)) if (key.startsWith("PROGRAMME_")) delete process.env[key];
    ({ channels, programme } = await renderChannels("http://localhost:3000"));
  }, 60_000);

  it("every phone number, email address and postcode is the configured one", () => {
    expectOnlyConfiguredDetails(channels, programme.PROGRAMME);
  });

  it("the phone number is in Ofcom's drama range and the email address on example.org", () => {
    expect(digits(programme.PROGRAMME.contact.phone)).toMatch(/^02079460\d{3}$/);
    expect(programme.PROGRAMME.contact.email).toMatch(/@example\.org$/);
  });

  it("every PDF says its contact details are examples, and prints the example web address, never localhost", () => {
    for (const name of ["leaflet PDF", "left-out list PDF", "paper form PDF"]) {
      const text = channelNamed(channels, name);
      expect(text, name).toContain("Example contact details");
      expect(text, name).toContain(programme.EXAMPLE_PUBLIC_SITE_URL);
      expect(text, name).not.toMatch(/localhost|127\.0\.0\.1/);
    }
  });

  it("the start date is the residents' page's: planned for April 2019", () => {
    expect(channelNamed(channels, "lib/content/when-it-starts.ts")).toContain("We planned for the first of our partners to have access to the joined-up record in April 2019.");
    expect(channelNamed(channels, "leaflet PDF")).toContain("April 2019");
  });
});

describe("with a production configuration (PROGRAMME_FILE and PROGRAMME_* variables)", () => {
  const SITE_URL = "https://joined-up-record.nhs.example";
  const file = {
    contact: {
      teamName: "Joined-up record team",
      phone: "0808 157 0192",
      phoneHours: "Monday to Friday, 8am to 6pm",
      email: "joined.up@records.example.net",
      postalAddress: ["Joined-up record team", "FREEPOST RTST-ABCD-EFGH", "Example Town", "ZZ9 9ZZ"],
      postageFree: true,
    },
    excludedInformation: {
      confirmed: true,
      items: [
        { code: "SEXUAL_HEALTH", category: "Sexual health", includes: "Sexual health services." },
        { code: "FERTILITY", category: "Fertility treatment", includes: "Fertility treatment records." },
        { code: "DOMESTIC_ABUSE", category: "Domestic violence", includes: "Domestic violence." },
        { code: "CRIMINAL_JUSTICE", category: "Criminal records", includes: "Criminal records." },
      ],
    },
    roles: { confirmed: true, items: [{ role: "GPs", sees: "Your record.", why: "They look after your health." }] },
    dataControllers: ["North Example NHS Trust", "London Borough of Nowhere"],
    dataProtectionOfficer: { name: "Data protection officer", email: "dpo@records.example.net" },
  };
  let channels: Channel[];
  let programme: typeof import("@/lib/content/programme");

  beforeAll(async () => {
    for (const key of Object.keys(process.env)) if (key.startsWith("PROGRAMME_")) delete process.env[key];
    const fileName = path.join(work, "programme.json");
    writeFileSync(fileName, JSON.stringify(file));
    const env = { PROGRAMME_FILE: fileName, PROGRAMME_START_MONTH: "2020-06", PROGRAMME_START_STATUS: "started", PROGRAMME_CALLBACK_WORKING_DAYS: "3" };
    // As next.config.ts does: resolve from the file and variables, then compile the result in.
    process.env.PROGRAMME_FACTS_JSON = serialiseProgramme(loadProgrammeFacts(env));
    ({ channels, programme } = await renderChannels(SITE_URL));
  }, 60_000);

  it("has no example values left", () => {
    expect(programme.PROGRAMME_EXAMPLE_FIELDS).toEqual([]);
    expect(programme.exampleDetailsNotice(SITE_URL)).toBeUndefined();
  });

  it("every phone number, email address and postcode is the configured one", () => {
    expectOnlyConfiguredDetails(channels, programme.PROGRAMME);
    expect(programme.PROGRAMME.contact.textRelay).toBe("18001 0808 157 0192");
  });

  it("the leaflet, the paper form and the contact page give the configured phone, email and address", () => {
    for (const name of ["leaflet PDF", "paper form PDF"]) {
      const text = channelNamed(channels, name);
      expect(text, name).toContain("0808 157 0192");
      expect(text, name).toContain("joined.up@records.example.net");
      expect(text, name).toContain("FREEPOST RTST-ABCD-EFGH");
      expect(text, name).toContain("ZZ9 9ZZ");
    }
    const contact = channelNamed(channels, "lib/content/contact.ts");
    expect(contact).toContain("Joined-up record team, FREEPOST RTST-ABCD-EFGH, Example Town, ZZ9 9ZZ");
    expect(contact).toContain("within 3 working days");
  });

  it("no page or PDF says localhost, and the PDFs print the public address without the example notice", () => {
    for (const channel of channels) expect(squash(channel.text), channel.name).not.toMatch(/localhost|127\.0\.0\.1/);
    // The emails send residents to the public site and its contact page.
    expect(channelNamed(channels, "decision rejected email")).toContain(`${SITE_URL} `);
    expect(channelNamed(channels, "confirmation email closing")).toContain(`${SITE_URL}/contact`);
    for (const name of ["leaflet PDF", "left-out list PDF", "paper form PDF"]) {
      const text = channelNamed(channels, name);
      expect(text, name).toContain(SITE_URL);
      expect(text, name).not.toContain("Example contact details");
      expect(text, name).not.toContain(programme.EXAMPLE_PUBLIC_SITE_URL);
    }
  });

  it("the start date is the configured one", () => {
    expect(channelNamed(channels, "lib/content/when-it-starts.ts")).toContain("The first of our partners had access to the joined-up record from June 2020.");
    expect(channelNamed(channels, "leaflet PDF")).toContain("June 2020");
    for (const channel of channels) expect(squash(channel.text), channel.name).not.toContain("April 2019");
  });

  it("the full left-out list is the configured one, without the example marker", () => {
    const text = channelNamed(channels, "left-out list PDF");
    expect(text).not.toContain("not yet confirmed");
    expect(text).not.toContain("Genetic testing");
  });
});

describe("a bad programme configuration", () => {
  it("is refused with a message naming the fact", () => {
    expect(() => loadProgrammeFacts({ PROGRAMME_PHONE: "not a number" })).toThrow(/contact\.phone: must be a UK phone number/);
    expect(() => loadProgrammeFacts({ PROGRAMME_EMAIL: "nobody" })).toThrow(/contact\.email: must be an email address/);
    expect(() => loadProgrammeFacts({ PROGRAMME_START_MONTH: "April 2019" })).toThrow(/start\.month: must be a month as YYYY-MM/);
    expect(() => loadProgrammeFacts({ PROGRAMME_FILE: path.join(work, "missing.json") })).toThrow(/PROGRAMME_FILE: cannot read/);
  });
});
