import { AddressLines } from "@/components/address-lines";
import { FileUpload } from "@/components/file-upload";
import { Radios } from "@/components/form-fields";

import type { FieldsProps } from "./types";

export function EvidenceFields({ title, errors, values, register, data, words }: FieldsProps) {
  const { EVIDENCE, RETURN_ADDRESS } = words;
  // The sentence comes made, in the page's language (lib/choice/steps/evidence.ts).
  const uploadedNote = typeof data.uploadedNote === "string" ? data.uploadedNote : null;
  return (
    <>
      <h1>{title}</h1>
      <p>{EVIDENCE.hint}</p>
      <Radios idPrefix="evidenceMethod" name="evidenceMethod" legend={EVIDENCE.methodLegend} options={EVIDENCE.methods} error={errors.evidenceMethod} defaultValue={values.evidenceMethod} registration={register("evidenceMethod")} />
      {uploadedNote ? <p>{uploadedNote}</p> : null}
      <FileUpload id="evidenceFile" name="evidenceFile" label={EVIDENCE.fileLabel} hint={EVIDENCE.fileHint} error={errors.evidenceFile} accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" registration={register("evidenceFile")} />
      <p>{EVIDENCE.postAddressIntro}</p>
      <AddressLines lines={RETURN_ADDRESS} />
    </>
  );
}
