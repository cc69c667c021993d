import { CHECK_ANSWERS, EVIDENCE } from "../../content/choice";
import { checkEvidenceFile } from "../../evidence/check-evidence-file";
import { cleanFileName } from "../../files/clean-file-name";
import { evidenceStepSchema } from "../../validation/choice";
import { isProxy } from "../journey-answers";
import { defineStep, formChoice, sameTitle } from "./registry";

const FILE_PROBLEMS = { "too-big": EVIDENCE.errors.fileTooBig, empty: EVIDENCE.errors.fileRequired, "wrong-type": EVIDENCE.errors.fileWrongType } as const;

/** A proxy's evidence: a file now, or a copy by post. */
export const evidenceStep = defineStep({
  slug: "evidence",
  title: sameTitle(EVIDENCE.title),
  appliesTo: isProxy,
  isComplete: ({ answers, hasEvidenceFile }, isAnswered) =>
    isAnswered && (answers.evidenceMethod === "POST" || (answers.evidenceMethod === "UPLOAD" && hasEvidenceFile)),
  schema: () => evidenceStepSchema,
  fieldIds: { evidenceMethod: "evidenceMethod", evidenceFile: "evidenceFile" },
  read: (formData, journey) => {
    const evidenceMethod = formChoice(formData, "evidenceMethod");
    // A file chosen and then "I will post a copy" selected is ignored, whatever its size.
    return { evidenceMethod, evidenceFile: evidenceMethod === "UPLOAD" ? formChoice(formData, "evidenceFile") : undefined, hasUploadedFile: journey.hasEvidenceFile };
  },
  defaults: (answers) => ({ evidenceMethod: answers.evidenceMethod ?? "" }),
  isMultipart: true,
  whenRequestTooLarge: { evidenceFile: EVIDENCE.errors.requestTooBig },
  fieldData: ({ journey }) => ({ uploadedFileName: journey.evidenceFileName }),
  save: async (context, { evidenceMethod, evidenceFile }) => {
    const { services } = context;
    if (evidenceMethod === "UPLOAD" && evidenceFile && evidenceFile.size > 0) {
      // Recognised by its content, never by its name or the type the browser claims.
      const content = new Uint8Array(await evidenceFile.arrayBuffer());
      const check = checkEvidenceFile(content);
      if (!check.ok) return { ok: false, errors: { evidenceFile: FILE_PROBLEMS[check.problem] } };
      const answers = await services.saveAnswers({ evidenceMethod }, { content, mediaType: check.mediaType, fileName: cleanFileName(evidenceFile.name, { fallback: "evidence" }) });
      return { ok: true, redirectTo: context.destination(answers, { hasEvidenceFile: true }) };
    }
    const answers = await services.saveAnswers({ evidenceMethod });
    return { ok: true, redirectTo: context.destination(answers, { hasEvidenceFile: evidenceMethod === "UPLOAD" && context.journey.hasEvidenceFile }) };
  },
  checkAnswers: ({ answers, evidenceFileName }) => [
    {
      key: CHECK_ANSWERS.rows.evidence,
      value: answers.evidenceMethod === "UPLOAD" && evidenceFileName ? CHECK_ANSWERS.evidenceUploaded(evidenceFileName) : CHECK_ANSWERS.evidencePost,
      step: "evidence",
    },
  ],
});
