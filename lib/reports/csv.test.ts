import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("csvCell", () => {
  it.each(["=1+1", "+44 20", "-2", "@SUM(A1)", "\t=cmd", "=HYPERLINK(\"http://x\")"])("neutralises a formula-like cell %j", (value) => {
    const cell = csvCell(value);
    expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
  });
  it("leaves numbers and plain text alone", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell("Camden")).toBe("Camden");
  });
  it("quotes commas, quotes and new lines", () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(toCsv([["x", "y\nz"]])).toBe('x,"y\nz"\r\n');
  });
});
