import { checkEvidenceFile } from "../../evidence/check-evidence-file";
import { cleanFileName } from "../../files/clean-file-name";
import { evidenceStepSchemaIn } from "../../validation/choice";
import { isProxy } from "../journey-answers";
import { defineStep, formChoice, sameTitle } from "./registry";


/** A proxy's evidence: a file now, or a copy by post. */
export const evidenceStep = defineStep({
  slug: "evidence",
  title: (content) => sameTitle(content.choice.EVIDENCE.title),
  appliesTo: isProxy,
  isComplete: ({ answers, hasEvidenceFile }, isAnswered) =>
    isAnswered && (answers.evidenceMethod === "POST" || (answers.evidenceMethod === "UPLOAD" && hasEvidenceFile)),
  schema: ({ words }) => evidenceStepSchemaIn(words),
  fieldIds: { evidenceMethod: "evidenceMethod", evidenceFile: "evidenceFile" },
  read: (formData, journey) => {
    const evidenceMethod = formChoice(formData, "evidenceMethod");
    // A file chosen and then "I will post a copy" selected is ignored, whatever its size.
    return { evidenceMethod, evidenceFile: evidenceMethod === "UPLOAD" ? formChoice(formData, "evidenceFile") : undefined, hasUploadedFile: journey.hasEvidenceFile };
  },
  defaults: (answers) => ({ evidenceMethod: answers.evidenceMethod ?? "" }),
  isMultipart: true,
  whenRequestTooLarge: (content) => ({ evidenceFile: content.choice.EVIDENCE.errors.requestTooBig }),
  fieldData: ({ journey, content }) => ({
    uploadedFileName: journey.evidenceFileName,
    // Made here in the page's language: its words are a function, which cannot go to the browser.
    uploadedNote: journey.evidenceFileName ? content.choice.EVIDENCE.alreadyUploaded(journey.evidenceFileName) : null,
  }),
  save: async (context, { evidenceMethod, evidenceFile }) => {
    const { services } = context;
    if (evidenceMethod === "UPLOAD" && evidenceFile && evidenceFile.size > 0) {
      // Recognised by its content, never by its name or the type the browser claims.
      const content = new Uint8Array(await evidenceFile.arrayBuffer());
      const check = checkEvidenceFile(content);
      if (!check.ok) {
        const { errors } = context.content.choice.EVIDENCE;
        const problems = { "too-big": errors.fileTooBig, empty: errors.fileRequired, "wrong-type": errors.fileWrongType } as const;
        return { ok: false, errors: { evidenceFile: problems[check.problem] } };
      }
      const answers = await services.saveAnswers({ evidenceMethod }, { content, mediaType: check.mediaType, fileName: cleanFileName(evidenceFile.name, { fallback: "evidence" }) });
      return { ok: true, redirectTo: context.destination(answers, { hasEvidenceFile: true }) };
    }
    const answers = await services.saveAnswers({ evidenceMethod });
    return { ok: true, redirectTo: context.destination(answers, { hasEvidenceFile: evidenceMethod === "UPLOAD" && context.journey.hasEvidenceFile }) };
  },
  checkAnswers: ({ answers, evidenceFileName }, _services, { choice: { CHECK_ANSWERS } }) => [
    {
      key: CHECK_ANSWERS.rows.evidence,
      value: answers.evidenceMethod === "UPLOAD" && evidenceFileName ? CHECK_ANSWERS.evidenceUploaded(evidenceFileName) : CHECK_ANSWERS.evidencePost,
      step: "evidence",
    },
  ],
});
