import { describe, expect, it } from "vitest";

import { EVIDENCE_MAX_BYTES } from "../validation/choice";
import { checkEvidenceFile } from "./check-evidence-file";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("checkEvidenceFile", () => {
  it("recognises PDF, JPEG and PNG by their content", () => {
    expect(checkEvidenceFile(new TextEncoder().encode("%PDF-1.7\n..."))).toEqual({ ok: true, mediaType: "application/pdf" });
    expect(checkEvidenceFile(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0))).toEqual({ ok: true, mediaType: "image/jpeg" });
    expect(checkEvidenceFile(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toEqual({ ok: true, mediaType: "image/png" });
  });

  it("refuses a program whatever it is called, an empty file and one over 10 MB", () => {
    expect(checkEvidenceFile(bytes(0x4d, 0x5a, 0x90, 0x00))).toEqual({ ok: false, problem: "wrong-type" }); // Windows .exe
    expect(checkEvidenceFile(bytes(0x7f, 0x45, 0x4c, 0x46))).toEqual({ ok: false, problem: "wrong-type" }); // ELF
    expect(checkEvidenceFile(new TextEncoder().encode("<html>%PDF-"))).toEqual({ ok: false, problem: "wrong-type" });
    expect(checkEvidenceFile(new Uint8Array())).toEqual({ ok: false, problem: "empty" });
    const big = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    expect(checkEvidenceFile(big)).toEqual({ ok: false, problem: "too-big" });
  });
});
