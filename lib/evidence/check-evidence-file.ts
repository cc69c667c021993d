import { EVIDENCE_MAX_BYTES } from "../validation/choice";

// Evidence files are recognised by their first bytes, never by their name or
// the type the browser claims: a renamed program stays a program.

export type EvidenceMediaType = "application/pdf" | "image/jpeg" | "image/png";

const SIGNATURES: readonly { mediaType: EvidenceMediaType; bytes: readonly number[] }[] = [
  { mediaType: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { mediaType: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export type EvidenceFileCheck = { ok: true; mediaType: EvidenceMediaType } | { ok: false; problem: "empty" | "too-big" | "wrong-type" };

export function checkEvidenceFile(content: Uint8Array): EvidenceFileCheck {
  if (content.length === 0) return { ok: false, problem: "empty" };
  if (content.length > EVIDENCE_MAX_BYTES) return { ok: false, problem: "too-big" };
  const match = SIGNATURES.find((signature) => signature.bytes.every((byte, index) => content[index] === byte));
  return match ? { ok: true, mediaType: match.mediaType } : { ok: false, problem: "wrong-type" };
}
