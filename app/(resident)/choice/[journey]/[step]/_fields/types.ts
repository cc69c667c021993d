import type { ComponentType } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

import type { WhoFor } from "@/lib/choice/journey-answers";
import type { BrowserJourneyWords } from "@/lib/choice/journey-words";
import type { StepFieldData } from "@/lib/choice/steps/registry";
import type { JourneySlug } from "@/lib/content/choice";
import type { Locale } from "@/lib/i18n/locales";

/** What every step's fields get from the form (app/(resident)/choice/_components/step-form.tsx). */
export type FieldsProps = {
  journey: JourneySlug;
  /** The page's language. */
  locale: Locale;
  /** The page's words, in its language. */
  words: BrowserJourneyWords;
  /** The question: the page's heading, as the page's title names it. */
  title: string;
  whoFor: WhoFor;
  isChange: boolean;
  errors: Record<string, string>;
  /** Saved or just-submitted values, as the fields show them. */
  values: Record<string, string>;
  /** react-hook-form's registration for a field (client-side checks with the step's schema). */
  register: (name: string) => UseFormRegisterReturn;
  /** The step's fieldData (lib/choice/steps/<slug>.ts). */
  data: StepFieldData;
  /** A notice from the server, such as "we have sent a new code". */
  notice?: string;
  isPending: boolean;
};

/** A step's fields inside the form, and anything shown after its button (still inside the form). */
export type StepFields = { Fields: ComponentType<FieldsProps>; AfterButton?: ComponentType<FieldsProps> };
