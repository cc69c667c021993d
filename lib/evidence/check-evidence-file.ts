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

// Control characters, markup characters, unpaired surrogates (PostgreSQL would
// store U+FFFD) and the invisible direction controls that make "evil\u202Efdp.exe"
// show as "evilexe.pdf".
const UNSAFE_IN_NAME = /[\p{Cc}\p{Cs}<>"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const MAX_NAME_LENGTH = 255;

/** A file name safe to store and show: no folders, no control or direction characters, at most 255 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(UNSAFE_IN_NAME, "").trim();
  let shortened = cleaned.slice(0, MAX_NAME_LENGTH);
  // Never cut an emoji (or any character outside the BMP) in half.
  if (shortened.length === MAX_NAME_LENGTH && /[\ud800-\udbff]$/.test(shortened)) shortened = shortened.slice(0, -1);
  shortened = shortened.trim();
  return shortened || "evidence";
}
