import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { fuzzParams, timeBoxed, FUZZ_TEST_TIMEOUT_MS } from "../../tests/fuzz/arbitraries";
import { EVIDENCE_MAX_BYTES } from "../validation/choice";
import { checkEvidenceFile } from "./check-evidence-file";

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

// Property-based fuzzing of uploaded evidence: the type comes from the first
// bytes only (a model of the three signatures). Its name: lib/files/clean-file-name.fuzz.test.ts.

const SIGNATURES = { "application/pdf": [0x25, 0x50, 0x44, 0x46, 0x2d], "image/jpeg": [0xff, 0xd8, 0xff], "image/png": [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] } as const;

function model(content: Uint8Array) {
  if (content.length === 0) return { ok: false, problem: "empty" };
  if (content.length > 10 * 1024 * 1024) return { ok: false, problem: "too-big" };
  for (const [mediaType, signature] of Object.entries(SIGNATURES)) {
    if (signature.every((byte, i) => content[i] === byte)) return { ok: true, mediaType };
  }
  return { ok: false, problem: "wrong-type" };
}

const content = fc.oneof(
  { arbitrary: fc.uint8Array({ maxLength: 64 }), weight: 3 },
  // A signature, cut short or with one byte wrong, then anything.
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...Object.values(SIGNATURES)), fc.nat({ max: 8 }), fc.option(fc.tuple(fc.nat({ max: 7 }), fc.integer({ min: 0, max: 255 }))), fc.uint8Array({ maxLength: 32 }))
      .map(([signature, keep, change, rest]) => {
        const head: number[] = [...signature].slice(0, Math.max(keep, 0));
        if (change && change[0] < head.length) head[change[0]] = change[1];
        return new Uint8Array([...head, ...rest]);
      }),
    weight: 4,
  },
  // Around the size limit (a valid PDF header), rarely: each is 10 MB.
  { arbitrary: fc.constantFrom(EVIDENCE_MAX_BYTES - 1, EVIDENCE_MAX_BYTES, EVIDENCE_MAX_BYTES + 1).map((size) => Object.assign(new Uint8Array(size), { 0: 0x25, 1: 0x50, 2: 0x44, 3: 0x46, 4: 0x2d })), weight: 1 },
);

describe("evidence files (fuzzed)", () => {
  it("the type is the model's, from the first bytes only; empty and over 10 MB are refused", () => {
    expect(EVIDENCE_MAX_BYTES).toBe(10 * 1024 * 1024);
    fc.assert(fc.property(content, (bytes) => {
        expect(timeBoxed(() => checkEvidenceFile(bytes))).toEqual(model(bytes));
      }), fuzzParams(Math.max(50, Math.round((fuzzParams().numRuns ?? 200) / 2))));
  });
});
