import { FileUpload } from "@/components/file-upload";
import { Radios } from "@/components/form-fields";
import { EVIDENCE, RETURN_ADDRESS } from "@/lib/content/choice";

import type { FieldsProps } from "./types";
import { AddressLines } from "@/components/address-lines";

export function EvidenceFields({ title, errors, values, register, data }: FieldsProps) {
  const uploadedFileName = typeof data.uploadedFileName === "string" ? data.uploadedFileName : null;
  return (
    <>
      <h1>{title}</h1>
      <p>{EVIDENCE.hint}</p>
      <Radios idPrefix="evidenceMethod" name="evidenceMethod" legend={EVIDENCE.methodLegend} options={EVIDENCE.methods} error={errors.evidenceMethod} defaultValue={values.evidenceMethod} registration={register("evidenceMethod")} />
      {uploadedFileName ? <p>{EVIDENCE.alreadyUploaded(uploadedFileName)}</p> : null}
      <FileUpload id="evidenceFile" name="evidenceFile" label={EVIDENCE.fileLabel} hint={EVIDENCE.fileHint} error={errors.evidenceFile} accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" registration={register("evidenceFile")} />
      <p>{EVIDENCE.postAddressIntro}</p>
      <AddressLines lines={RETURN_ADDRESS} />
    </>
  );
}
