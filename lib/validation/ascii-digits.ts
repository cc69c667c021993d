import { z } from "zod";

// Residents type numbers in their own script: ১৯৭০ in Bengali, ١٩٧٠ in Arabic,
// ۱۹۷۰ in Persian and Urdu keyboards, １９７０ full width. Every answer that is a
// number (NHS number, date of birth, the email code, a phone number) turns them
// into 0–9 before it is checked, so it is checked and stored as ASCII digits.

const DECIMAL_DIGIT = /\p{Nd}/u;
const NON_ASCII_DIGITS = /[^\P{Nd}0-9]/gu;

/**
 * Longer text is left as it is: no number answer is near this long, so the field's own check
 * refuses it, and a huge post of digits cannot hold the server up being converted.
 */
export const ASCII_DIGITS_MAX_LENGTH = 200;

/** Each decimal digit's value once worked out (Unicode has about 700 of them, so this stays small). */
const digitValues = new Map<number, number>();

/**
 * A decimal digit's value. Unicode encodes every decimal digit (general category Nd) in runs of
 * ten, zero to nine, some runs side by side (the mathematical digits): the digit's value is how
 * far it is from the start of its run, counted in tens.
 */
function digitValue(codePoint: number): number {
  let value = digitValues.get(codePoint);
  if (value === undefined) {
    let start = codePoint;
    while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
    value = (codePoint - start) % 10;
    digitValues.set(codePoint, value);
  }
  return value;
}

/** The text with every decimal digit of any script as 0–9; everything else (and text too long to be a number answer) is left as it is. */
export function toAsciiDigits(text: string): string {
  if (text.length > ASCII_DIGITS_MAX_LENGTH) return text;
  return text.replace(NON_ASCII_DIGITS, (digit) => String(digitValue(digit.codePointAt(0)!)));
}

/** A schema for typed text that reads digits of any script as 0–9 first (the browser's check and the server's alike). */
export function withAsciiDigits<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === "string" ? toAsciiDigits(value) : value), schema);
}
