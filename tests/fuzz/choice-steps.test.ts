import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { createJourney, findJourney } from "@/lib/choice/journey-store";
import { saveStep } from "@/lib/choice/save-step";
import type { StepSlug } from "@/lib/choice/steps";
import { cleanFileName } from "@/lib/files/clean-file-name";
import { DB_FUZZ_RUNS, fuzzParams, mangled, nastyString, numberLikeString, FUZZ_TEST_TIMEOUT_MS } from "./arbitraries";
import { expectNothingWritten, privateDatabaseFor } from "./support";

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

// The online journey's questions, saved through the real server-side step
// handler with fuzzed form posts: an answer is saved, or the page gets its
// field messages and nothing in the database changes (not a row, not the
// journey's saved answers).

const database = privateDatabaseFor("fuzz_choice");

const FIELDS: Partial<Record<StepSlug, string[]>> = {
  "who-for": ["madeBy"],
  "about-you": ["proxyName", "proxyRelationship"],
  name: ["givenName", "familyName"],
  "date-of-birth": ["dobDay", "dobMonth", "dobYear"],
  "nhs-number": ["nhsNumber"],
  postcode: ["postcode"],
  "gp-practice": ["gpPracticeOds"],
  decision: ["choice"],
  evidence: ["evidenceMethod"],
};
const PLAUSIBLE = ["SELF", "PARENT_OR_GUARDIAN", "Ada", "Mother", "17", "5", "1970", "999 000 0018", "N1 1AA", "F83001", "OPT_OUT", "OPT_IN", "UPLOAD", "POST", ""];
const value = fc.oneof({ arbitrary: fc.constantFrom(...PLAUSIBLE), weight: 3 }, { arbitrary: mangled(fc.constantFrom(...PLAUSIBLE)), weight: 2 }, { arbitrary: nastyString, weight: 2 }, { arbitrary: numberLikeString, weight: 1 });
const step = fc.constantFrom(...(Object.keys(FIELDS) as StepSlug[]));
const evidenceFile = fc.option(
  fc.tuple(
    fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.constantFrom(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]), new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), new Uint8Array([0x4d, 0x5a]))),
    fc.oneof(fc.constantFrom("scan.pdf", "evil\u202efdp.exe", "../../x.png"), nastyString),
  ),
);

async function journeyRow(id: string) {
  return (await database.query("SELECT answers, evidence_file_name, verified_email FROM choice_journey WHERE id = $1", [id])).rows[0];
}

describe("choice journey steps with fuzzed form posts", () => {
  it("saves what the step accepts; on refusal shows field messages and changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(step, fc.array(value, { minLength: 3, maxLength: 3 }), evidenceFile, fc.constantFrom("opt-out" as const, "opt-in" as const), async (slug, values, file, journeySlug) => {
        const { token, id } = await createJourney({ journey: journeySlug });
        const journey = (await findJourney({ journey: journeySlug, token }))!;
        const form = new FormData();
        FIELDS[slug]!.forEach((name, i) => form.set(name, values[i]!));
        if (slug === "evidence" && file) form.set("evidenceFile", new File([file[0]], file[1]));
        const before = await journeyRow(id);
        const run = () => saveStep({ journeySlug, journey, step: slug, formData: form, isChange: false, clientAddress: "192.0.2.1" });
        const counts = await database.countRows();
        const outcome = await run();
        if (!outcome.ok) {
          expect(await database.countRows()).toEqual(counts);
          expect(await journeyRow(id)).toEqual(before);
          const messages = Object.values(outcome.errors);
          expect(messages.length + (outcome.formError ? 1 : 0)).toBeGreaterThan(0);
          for (const message of messages) expect(message.length).toBeGreaterThan(5);
          return;
        }
        expect(outcome.redirectTo).toMatch(/^\/choice\/opt-(out|in)\/[a-z-]+(\?change=1)?$/);
        const after = await journeyRow(id);
        expect(after.answers.answered).toContain(slug);
        if (slug === "evidence" && file && after.evidence_file_name !== before.evidence_file_name) expect(after.evidence_file_name).toBe(cleanFileName(file[1], { fallback: "evidence" }));
        // Saved text never carries what PostgreSQL or the page cannot hold.
        expect(JSON.stringify(after.answers)).not.toMatch(/\\u0000|\\ud[89ab]/i);
        // The same answer again is the same journey: no new rows, the same place to go.
        const again = await expectNothingWritten(database, run);
        expect(again).toEqual(outcome);
      }),
      fuzzParams(DB_FUZZ_RUNS * 3),
    );
  });
});
