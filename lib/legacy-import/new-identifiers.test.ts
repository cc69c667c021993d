import { describe, expect, it } from "vitest";
import { isValidReferenceNumber } from "../consent/reference-number";
import { createIdentifierSource } from "./new-identifiers";

describe("new identifiers", () => {
  it("makes UUID version 7 ids that ascend in the order they are made", () => {
    const source = createIdentifierSource(Date.UTC(2026, 10, 25, 12));
    const ids = Array.from({ length: 5_000 }, () => source.nextId());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    // The first 48 bits are the timestamp.
    expect(parseInt(ids[0]!.replace(/-/g, "").slice(0, 12), 16)).toBe(Date.UTC(2026, 10, 25, 12));
  });

  it("keeps ascending across the counter's carries from one hex digit to the next", () => {
    const source = createIdentifierSource(1);
    let previous = "";
    for (let i = 0; i < 20_000; i++) {
      const id = source.nextId();
      expect(id > previous).toBe(true);
      previous = id;
    }
  });

  it("makes valid reference numbers with every symbol equally likely", () => {
    const source = createIdentifierSource();
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const reference = source.nextReference();
      expect(isValidReferenceNumber(reference)).toBe(true);
      for (const character of reference.slice(0, 8)) counts.set(character, (counts.get(character) ?? 0) + 1);
    }
    expect(counts.size).toBe(29);
    const expected = (20_000 * 8) / 29;
    for (const count of counts.values()) expect(Math.abs(count - expected) / expected).toBeLessThan(0.1);
  });
});
