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

describe("formula starts after a separator (issue #12, finding 14)", () => {
  it.each(["x;=1+1", "x,=1+1", "x\t=1+1", "x;+44", "x; @SUM(A1)", "a\n=cmd", "x|-2+3"])("neutralises %j, which a spreadsheet splitting on another separator would run", (value) => {
    const cell = csvCell(value);
    // Quoted, so no separator inside splits it, and every formula start is prefixed.
    expect(cell.startsWith('"')).toBe(true);
    const text = cell.slice(1, -1).replaceAll('""', '"');
    for (const part of text.split(/[;,\t\n\r|]/)) expect(part.replace(/^ +/, "")).not.toMatch(/^[=+\-@]/);
  });
  it("changes nothing else", () => {
    expect(csvCell("Smith; Jones")).toBe('"Smith; Jones"');
    expect(csvCell("O'Brien")).toBe("O'Brien");
    expect(toCsv([["a"]], { byteOrderMark: true })).toBe("\uFEFFa\r\n");
  });
});
