import { describe, expect, it } from "vitest";
import { parseLsn } from "./replica-lag";

describe("parseLsn", () => {
  it("reads PostgreSQL's WAL positions as byte offsets, so positions compare and subtract", () => {
    expect(parseLsn("0/0")).toBe(0n);
    expect(parseLsn("0/3000060")).toBe(0x3000060n);
    expect(parseLsn("16/B374D848")).toBe((0x16n << 32n) + 0xb374d848n);
    expect(parseLsn("1/0") > parseLsn("0/FFFFFFFF")).toBe(true);
  });

  it("refuses anything else", () => {
    expect(() => parseLsn("")).toThrow(/Not a WAL position/);
    expect(() => parseLsn("1/2/3")).toThrow(/Not a WAL position/);
  });
});
