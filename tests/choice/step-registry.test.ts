import { describe, expect, it } from "vitest";
import { z } from "zod";

import { findJourney } from "@/lib/choice/journey-store";
import { saveStep, stepServices } from "@/lib/choice/save-step";
import { DEFAULT_STEPS, STEP_REGISTRY } from "@/lib/choice/steps/index";
import { createStepRegistry, defineStep, formText, sameTitle } from "@/lib/choice/steps/registry";
import { contentFor } from "@/lib/content/locales";
import { getDb } from "@/lib/db";
import { readyJourney, selfAnswers } from "./support";

// Adding a question is one step module and one line in the registry. This
// test build registers a throwaway question, in a module of its own here, and
// shows the journey asks it, validates it with its schema, saves it and shows
// it on check your answers, with nothing else changed.

const EN = contentFor("en");
const LANGUAGE_REQUIRED = "Enter the language you would like us to use";

const preferredLanguageStep = defineStep({
  slug: "preferred-language",
  title: () => ({ myself: "Which language would you like us to use?", child: "Which language should we use with you?", someone: "Which language should we use with you?" }),
  schema: () => z.object({ language: z.string().trim().min(1, LANGUAGE_REQUIRED).max(50, "Language must be 50 characters or fewer") }),
  fieldIds: { language: "language" },
  read: (formData) => ({ language: formText(formData, "language") }),
  defaults: (answers) => ({ language: (answers as { language?: string }).language ?? "" }),
  save: async (context, data) => ({ ok: true, redirectTo: context.destination(await context.services.saveAnswers(data as never)) }),
  checkAnswers: ({ answers }) => [{ key: "Preferred language", value: (answers as { language?: string }).language ?? "", step: "preferred-language" }],
});

// The one line: after the GP practice question.
const slugs = DEFAULT_STEPS.map((step) => step.slug);
const TEST_REGISTRY = createStepRegistry([...DEFAULT_STEPS.slice(0, slugs.indexOf("gp-practice") + 1), preferredLanguageStep, ...DEFAULT_STEPS.slice(slugs.indexOf("gp-practice") + 1)]);

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};

describe("the journey's step registry", () => {
  it("asks, validates, saves and shows a question registered in a test build", async () => {
    const answers = selfAnswers();
    const { journey, token } = await readyJourney({ answers });
    const progress = () => ({ answers: journey.answers, verifiedEmail: journey.verifiedEmail, hasEvidenceFile: false });

    // Asked: the site's own journey is complete, the test build's stops at the new question.
    expect(STEP_REGISTRY.firstIncompleteStep(progress())).toBe("check-answers");
    expect(TEST_REGISTRY.firstIncompleteStep(progress())).toBe("preferred-language");
    expect(TEST_REGISTRY.nextStep("gp-practice", journey.answers)).toBe("preferred-language");
    expect(TEST_REGISTRY.previousStep("decision", journey.answers)).toBe("preferred-language");
    expect(TEST_REGISTRY.get("preferred-language").title(EN).someone).toBe("Which language should we use with you?");

    // Validated with its own schema, through the same saveStep the server action calls; nothing saved.
    const save = async (values: Record<string, string>) =>
      saveStep({ journeySlug: "opt-out", journey: (await findJourney({ journey: "opt-out", token }))!, step: "preferred-language", formData: form(values), isChange: false, clientAddress: "192.0.2.10", registry: TEST_REGISTRY });
    expect(await save({ language: "   " })).toEqual({ ok: false, errors: { language: LANGUAGE_REQUIRED } });
    const stored = async () => (await getDb().choiceJourney.findUniqueOrThrow({ where: { id: journey.id }, select: { answers: true } })).answers as Record<string, unknown>;
    expect((await stored()).language).toBeUndefined();

    // Saved, and on to the next question that applies.
    expect(await save({ language: "  Cymraeg " })).toEqual({ ok: true, redirectTo: "/choice/opt-out/decision" });
    expect(await stored()).toMatchObject({ language: "Cymraeg", answered: expect.arrayContaining(["preferred-language"]) });

    // Shown on check your answers, in the order asked, and the journey is complete again.
    const after = (await findJourney({ journey: "opt-out", token }))!;
    expect(TEST_REGISTRY.firstIncompleteStep({ answers: after.answers, verifiedEmail: after.verifiedEmail, hasEvidenceFile: false })).toBe("check-answers");
    const services = stepServices({ journey: after, step: "check-answers", clientAddress: "192.0.2.10" });
    const rows = await TEST_REGISTRY.checkAnswerRows(after, services, EN);
    const keys = rows.map((row) => row.key);
    expect(rows).toContainEqual({ key: "Preferred language", value: "Cymraeg", step: "preferred-language" });
    expect(keys.indexOf("Preferred language")).toBe(keys.indexOf("GP practice") + 1);
    // The site's own registry is untouched by the test build.
    expect((await STEP_REGISTRY.checkAnswerRows(after, services, EN)).map((row) => row.key)).not.toContain("Preferred language");
  });

  it("refuses two steps with the same slug", () => {
    expect(() => createStepRegistry([...DEFAULT_STEPS, defineStep({ ...preferredLanguageStep, slug: "name" })])).toThrow(/same slug/);
  });

  it("gives every step a title for each who-for, agreeing with the heading the fields show", () => {
    for (const step of DEFAULT_STEPS) {
      expect(Object.keys(step.title(EN)).sort()).toEqual(["child", "myself", "someone"]);
      for (const title of Object.values(step.title(EN))) expect(title.length).toBeGreaterThan(3);
    }
    expect(STEP_REGISTRY.get("name").title(EN).someone).not.toBe(STEP_REGISTRY.get("name").title(EN).myself);
    expect(sameTitle("x")).toEqual({ myself: "x", child: "x", someone: "x" });
  });
});
