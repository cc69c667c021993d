import type { StepSlug } from "@/lib/choice/steps/index";

import { AboutYouFields } from "./about-you";
import { CheckAnswersFields } from "./check-answers";
import { ConfirmEmailAfterButton, ConfirmEmailFields } from "./confirm-email";
import { DateOfBirthFields } from "./date-of-birth";
import { DecisionFields } from "./decision";
import { EmailFields } from "./email";
import { EvidenceFields } from "./evidence";
import { GpPracticeFields } from "./gp-practice";
import { NameFields } from "./name";
import { NhsLoginFields } from "./nhs-login";
import { NhsNumberFields } from "./nhs-number";
import { PostcodeFields } from "./postcode";
import type { StepFields } from "./types";
import { WhoForFields } from "./who-for";

/** Each registered step's fields (lib/choice/steps/index.ts): a step without one does not type-check. */
export const STEP_FIELDS: Record<StepSlug, StepFields> = {
  "nhs-login": { Fields: NhsLoginFields },
  "who-for": { Fields: WhoForFields },
  "about-you": { Fields: AboutYouFields },
  name: { Fields: NameFields },
  "date-of-birth": { Fields: DateOfBirthFields },
  "nhs-number": { Fields: NhsNumberFields },
  postcode: { Fields: PostcodeFields },
  "gp-practice": { Fields: GpPracticeFields },
  evidence: { Fields: EvidenceFields },
  decision: { Fields: DecisionFields },
  email: { Fields: EmailFields },
  "confirm-email": { Fields: ConfirmEmailFields, AfterButton: ConfirmEmailAfterButton },
  "check-answers": { Fields: CheckAnswersFields },
};
