import type { z } from "zod";

import type { JourneySlug } from "../../content/choice";
import type { SiteContent } from "../../content/locales/site-content";
import type { ChoiceSchemaWords } from "../../validation/choice";
import type { JourneyAnswers, JourneyProgress, WhoFor } from "../journey-answers";
import type { Journey } from "../journey-store";

// One question of the online journeys, stated once: whether it is asked, how
// it is asked (its title for each "who for"), its schema, what its fields
// show, how its answer is saved and how check your answers shows it. The
// pages, the form, the server action and the order of questions all read the
// registry (./index.ts), so adding a question is one module and one line.
//
// Step modules are pure: the browser bundles them for their schemas, so the
// database is reached only through the StepServices that save-step.ts gives.
// They hold no words of their own: every word comes from the page's locale,
// the content (server side) or its schema words (plain strings, which the
// server page hands the browser), so both sides give the same messages.

/** Everything a resident reads, in the journey's language (lib/content/locales). */
export type JourneyContent = SiteContent;

export type StepOutcome = { ok: true; redirectTo: string } | { ok: false; errors: Record<string, string>; formError?: string };

export type EvidenceFileInput = { content: Uint8Array; mediaType: string; fileName: string };

/** The server-side things a step may do when it saves (lib/choice/save-step.ts). */
export type StepServices = {
  /** Merges the answers into the journey and marks the step answered. */
  saveAnswers(answers: Partial<JourneyAnswers>, evidenceFile?: EvidenceFileInput): Promise<JourneyAnswers>;
  isEligible(answers: JourneyAnswers): Promise<boolean>;
  isKnownGpPractice(odsCode: string): Promise<boolean>;
  gpPracticeName(odsCode: string): Promise<string | undefined>;
  /** Sends a security code to the address, within the rate limits. */
  sendCode(email: string): Promise<{ ok: true } | { ok: false; message: string }>;
  /** Checks a code; on success the journey's proved address is returned. */
  verifyCode(code: string): Promise<{ ok: true; verifiedEmail: string | null } | { ok: false; message: string }>;
  /** The per-address and per-email limit on sending choices. */
  isSubmissionAllowed(): Promise<boolean>;
  /** The limit on choices for one NHS number a day (lib/consent/limit-requests-per-person.ts). */
  isPersonWithinDailyLimit(): Promise<boolean>;
  /** Records the choice (lib/choice/submit-choice.ts); when answers are missing, the first step that needs one. */
  submitChoice(): Promise<{ ok: true } | { ok: false; step: string }>;
};

export type SaveContext = {
  journeySlug: JourneySlug;
  /** The words of the page the answer came from. */
  content: JourneyContent;
  journey: Journey;
  isChange: boolean;
  services: StepServices;
  /** Where a saved answer leads: the next question, or back to check your answers after a change. */
  destination(answers: JourneyAnswers, options?: { hasEvidenceFile?: boolean }): string;
  /** The first question still to answer, given the journey's progress. */
  firstIncompletePath(progress: JourneyProgress): string;
  /** A page of this journey, in its language. */
  path(step: string, options?: { isChange?: boolean }): string;
};

/** A check your answers row; the "Change" link goes back to `step`. */
export type CheckAnswersRow = { key: string; value: string; step: string; isReadOnly?: boolean };

/** What the page may look up for a step's fields (server side; the result goes to the browser, so plain data only). */
export type FieldDataContext = {
  journey: Journey;
  content: JourneyContent;
  listGpPractices(): Promise<{ value: string; label: string }[]>;
  /** Every applicable step's check your answers rows. */
  checkAnswerRows(): Promise<CheckAnswersRow[]>;
};

export type StepFieldData = Record<string, unknown>;

export type SchemaOptions = { whoFor: WhoFor; words: ChoiceSchemaWords; today?: Date };

export type StepDefinition<Schema extends z.ZodType = z.ZodType> = {
  slug: string;
  /** The page's title and heading, for each "who for" (one string: the title names the question, never an answer). */
  title: (content: JourneyContent) => Record<WhoFor, string>;
  /** Whether the question is asked, given the answers so far (asked of everyone when absent). */
  appliesTo?: (answers: JourneyAnswers) => boolean;
  /** Whether the answer given still stands (by default: the step was answered). */
  isComplete?: (progress: JourneyProgress, isAnswered: boolean) => boolean;
  /** Not offered by "Back" (a page reached only by going forward). */
  isSkippedGoingBack?: boolean;
  /** Built from the shared field schemas in lib/validation; the browser and the server both parse with it. */
  schema: (options: SchemaOptions) => Schema;
  /** Each field's error summary link target: field name to element id. */
  fieldIds: Record<string, string>;
  /** The form's values as the schema takes them (server side). */
  read: (formData: FormData, journey: Journey) => Record<string, unknown>;
  /** Saved answers as the fields show them. */
  defaults: (answers: JourneyAnswers) => Record<string, string>;
  /** Saves a valid answer and says where to go next. */
  save: (context: SaveContext, data: z.output<Schema>) => Promise<StepOutcome>;
  /** Extra things its fields show (a list to choose from, a file already uploaded). */
  fieldData?: (context: FieldDataContext) => StepFieldData | Promise<StepFieldData>;
  /** Its rows on check your answers. */
  checkAnswers?: (journey: Journey, services: Pick<StepServices, "gpPracticeName">, content: JourneyContent) => CheckAnswersRow[] | Promise<CheckAnswersRow[]>;
  /** The button, when not "Continue". */
  submitLabel?: (content: JourneyContent) => string;
  /** The form carries a file. */
  isMultipart?: boolean;
  /** The errors shown when the form was too large to read at all (lib/choice/request-too-large.ts). */
  whenRequestTooLarge?: (content: JourneyContent) => Record<string, string>;
};

// The registry holds steps of different schemas side by side.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStep = StepDefinition<any>;

/** Keeps a step module's save() typed by its own schema. */
export function defineStep<const Slug extends string, Schema extends z.ZodType>(step: StepDefinition<Schema> & { slug: Slug }): StepDefinition<Schema> & { slug: Slug } {
  return step;
}

/** A form's text value ("" when absent or a file). */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** A radio group's value (undefined when nothing was chosen, so the schema says which message). */
export function formChoice(formData: FormData, name: string): FormDataEntryValue | undefined {
  return formData.get(name) ?? undefined;
}

/** The same title whoever the choice is for. */
export function sameTitle(title: string): Record<WhoFor, string> {
  return { myself: title, child: title, someone: title };
}

export type StepRegistry = ReturnType<typeof createStepRegistry>;

/**
 * The journey's questions in order. The last step is the one that sends the
 * choice (check your answers): where a complete journey lands.
 */
export function createStepRegistry(steps: readonly AnyStep[]) {
  const bySlug = new Map(steps.map((step) => [step.slug, step]));
  if (bySlug.size !== steps.length) throw new Error("Two journey steps have the same slug");
  const slugs = steps.map((step) => step.slug);
  const finalStep = slugs[slugs.length - 1]!;

  const isApplicable = (slug: string, answers: JourneyAnswers) => bySlug.get(slug)?.appliesTo?.(answers) ?? true;
  const isComplete = (slug: string, progress: JourneyProgress) => {
    const step = bySlug.get(slug)!;
    const isAnswered = progress.answers.answered?.includes(slug) ?? false;
    return step.isComplete ? step.isComplete(progress, isAnswered) : isAnswered;
  };

  return {
    steps,
    slugs,
    finalStep,
    isStep: (value: string) => bySlug.has(value),
    get(slug: string): AnyStep {
      const step = bySlug.get(slug);
      if (!step) throw new Error(`No journey step "${slug}"`);
      return step;
    },
    indexOf: (slug: string) => slugs.indexOf(slug),
    isApplicable,
    /** The first question not yet answered: a resident cannot skip ahead. */
    firstIncompleteStep: (progress: JourneyProgress): string =>
      slugs.find((slug) => isApplicable(slug, progress.answers) && !isComplete(slug, progress)) ?? finalStep,
    nextStep: (slug: string, answers: JourneyAnswers): string =>
      slugs.slice(slugs.indexOf(slug) + 1).find((candidate) => isApplicable(candidate, answers)) ?? finalStep,
    previousStep: (slug: string, answers: JourneyAnswers): string | undefined =>
      slugs
        .slice(0, slugs.indexOf(slug))
        .reverse()
        .find((candidate) => isApplicable(candidate, answers) && !bySlug.get(candidate)!.isSkippedGoingBack),
    /** Every applicable step's rows, in the order asked. */
    async checkAnswerRows(journey: Journey, services: Pick<StepServices, "gpPracticeName">, content: JourneyContent): Promise<CheckAnswersRow[]> {
      const rows: CheckAnswersRow[] = [];
      for (const step of steps) {
        if (!step.checkAnswers || !isApplicable(step.slug, journey.answers)) continue;
        rows.push(...(await step.checkAnswers(journey, services, content)));
      }
      return rows;
    },
  };
}
