"use client";

import { useEffect } from "react";

import { parseNhsNumber } from "@/lib/nhs-number/nhs-number";

// The keyer's own choice ("Move on by itself…", remembered for the sitting):
// once an answer whose length is fixed is complete, focus moves to the next
// question, as in the data-entry systems keyers are used to, so a standard
// form needs no Tab until the names. The page says so before the form (WCAG
// 3.2.2: a change of focus on input only when the user was told and chose it).
// Only typing moves on (never deleting or correcting), and only from a
// complete answer; the server checks everything again. Without JavaScript,
// or with the box not ticked, Tab moves between questions as usual.

const REFERENCE = /^[23456789ABCDEFGHJKMNPQRSTVWXY]{9}$/;

function isRealDayMonthYear(day: number, month: number, year: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether what is typed in a question is complete, so the keyer can be moved on. */
export function isCompleteAnswer(name: string, value: string): boolean {
  const trimmed = value.trim();
  switch (name) {
    case "nhsNumber": {
      const digits = trimmed.replace(/[\s-]/g, "");
      return /^\d{10}$/.test(digits) && parseNhsNumber(digits).ok;
    }
    case "decidedOn": {
      // The day and month as four digits: the latest such day (lib/keying/short-dates.ts). A leap day counts.
      const match = /^(\d{2})(\d{2})$/.exec(trimmed);
      return match !== null && isRealDayMonthYear(Number(match[1]), Number(match[2]), 2024);
    }
    case "formReference": {
      const compact = trimmed.toUpperCase().replace(/[\s-]/g, "");
      return compact.startsWith("PF") ? compact.length === 11 && REFERENCE.test(compact.slice(2)) : REFERENCE.test(compact);
    }
    case "dateOfBirth": {
      const match = /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed) ?? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(trimmed);
      return match !== null && isRealDayMonthYear(Number(match[1]), Number(match[2]), Number(match[3]));
    }
    default:
      return false;
  }
}

export function KeyingAutoAdvance({ formId, order, toggleName }: { formId: string; order: readonly string[]; toggleName: string }) {
  useEffect(() => {
    // Delegated from the document: the form is redrawn after each answer from the server.
    const focusAfter = (form: HTMLFormElement, name: string) => {
      const next = order[order.indexOf(name) + 1];
      if (!next) return;
      const target =
        form.querySelector<HTMLInputElement>(`input[name="${next}"]:checked`) ?? form.querySelector<HTMLElement>(`[name="${next}"]`);
      target?.focus();
    };
    const isOn = (form: HTMLFormElement) => form.querySelector<HTMLInputElement>(`input[name="${toggleName}"]`)?.checked === true;
    const onInput = (event: Event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || !input.form || input.form.id !== formId || input.type === "radio") return;
      if (!(event instanceof InputEvent) || !event.inputType.startsWith("insert")) return;
      if (!order.includes(input.name) || !isOn(input.form) || !isCompleteAnswer(input.name, input.value)) return;
      focusAfter(input.form, input.name);
    };
    const onChange = (event: Event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== "radio" || !input.form || input.form.id !== formId || !event.isTrusted) return;
      if (!order.includes(input.name) || !isOn(input.form)) return;
      focusAfter(input.form, input.name);
    };
    document.addEventListener("input", onInput);
    document.addEventListener("change", onChange);
    return () => {
      document.removeEventListener("input", onInput);
      document.removeEventListener("change", onChange);
    };
  }, [formId, order, toggleName]);
  return null;
}
