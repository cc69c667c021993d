// What a browser without JavaScript gets from one HTML page: its forms with
// every control (hidden inputs included, such as the fields Next.js renders for
// a server action), the h1, the error summary and the reference number on the
// confirmation panel. Parsed with htmlparser2, entities decoded.
import { Parser } from "htmlparser2";

export type FormControl = {
  tag: "input" | "select" | "textarea" | "button";
  type: string;
  name: string;
  value: string;
  checked: boolean;
  disabled: boolean;
  /** For a select: its options. */
  options: { value: string; label: string; selected: boolean }[];
};

export type HtmlForm = {
  action: string;
  method: "GET" | "POST";
  enctype: string;
  controls: FormControl[];
};

export type HtmlPage = {
  title: string;
  h1: string;
  forms: HtmlForm[];
  /** The items of the NHS.UK error summary, when the page shows one. */
  errorSummary: string[];
  /** Text of the element marked data-testid="reference-number". */
  referenceNumber: string | null;
};

export function parseHtmlPage(html: string): HtmlPage {
  const page: HtmlPage = { title: "", h1: "", forms: [], errorSummary: [], referenceNumber: null };
  let form: HtmlForm | undefined;
  let select: FormControl | undefined;
  let option: { value: string | undefined; label: string; selected: boolean } | undefined;
  let textarea: FormControl | undefined;
  // Text captures: the title, the first h1, the reference and the error summary's list items.
  let inTitle = false;
  let h1Depth = 0;
  let hasH1 = false;
  let referenceDepth = 0;
  let referenceText = "";
  let summaryDepth = 0;
  let summaryItem: string | undefined;
  let depth = 0;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        // htmlparser2 closes void elements (input, br) at once, so opening and closing always pair.
        depth++;
        // The document title only, not an SVG icon's.
        if (name === "title" && !page.title) inTitle = true;
        if (name === "h1" && !hasH1) h1Depth = depth;
        if (attributes["data-testid"] === "reference-number") {
          referenceDepth = depth;
          referenceText = "";
        }
        if ((attributes.class ?? "").split(/\s+/).includes("nhsuk-error-summary")) summaryDepth = depth;
        if (summaryDepth && name === "li") summaryItem = "";
        if (name === "form") {
          form = {
            action: attributes.action ?? "",
            method: (attributes.method ?? "get").toUpperCase() === "POST" ? "POST" : "GET",
            enctype: (attributes.enctype ?? "application/x-www-form-urlencoded").toLowerCase(),
            controls: [],
          };
          page.forms.push(form);
        }
        if (!form) return;
        const control = (tag: FormControl["tag"], type: string): FormControl => ({
          tag,
          type,
          name: attributes.name ?? "",
          value: attributes.value ?? "",
          checked: "checked" in attributes,
          disabled: "disabled" in attributes,
          options: [],
        });
        if (name === "input") form.controls.push(control("input", (attributes.type ?? "text").toLowerCase()));
        if (name === "button") form.controls.push(control("button", (attributes.type ?? "submit").toLowerCase()));
        if (name === "select") {
          select = control("select", "select");
          form.controls.push(select);
        }
        if (name === "option" && select) option = { value: attributes.value, label: "", selected: "selected" in attributes };
        if (name === "textarea") {
          textarea = control("textarea", "textarea");
          form.controls.push(textarea);
        }
      },
      ontext(text) {
        if (inTitle) page.title += text;
        if (h1Depth) page.h1 += text;
        if (referenceDepth) referenceText += text;
        if (summaryItem !== undefined) summaryItem += text;
        if (option) option.label += text;
        if (textarea) textarea.value += text;
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (name === "h1" && h1Depth && h1Depth === depth) {
          h1Depth = 0;
          hasH1 = true;
        }
        if (referenceDepth && referenceDepth === depth) {
          page.referenceNumber = referenceText.trim();
          referenceDepth = 0;
        }
        if (name === "li" && summaryItem !== undefined) {
          page.errorSummary.push(summaryItem.trim());
          summaryItem = undefined;
        }
        if (summaryDepth && summaryDepth === depth) summaryDepth = 0;
        if (name === "option" && option && select) {
          select.options.push({ value: option.value ?? option.label.trim(), label: option.label.trim(), selected: option.selected });
          option = undefined;
        }
        if (name === "select") select = undefined;
        if (name === "textarea") textarea = undefined;
        if (name === "form") form = undefined;
        depth--;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  page.title = page.title.trim();
  page.h1 = page.h1.replace(/\s+/g, " ").trim();
  return page;
}

/**
 * The entries a browser sends for a form, with the answers filled in: text
 * boxes and selects take the given value, radios and checkboxes are ticked
 * when their value is given, hidden inputs go as they are, and the one submit
 * button pressed adds its name if it has one. An answer for a field the form
 * does not have, or a radio or select value it does not offer, is an error:
 * a person could not give it either.
 */
export function fillForm(form: HtmlForm, answers: Record<string, string>): [string, string][] {
  const used = new Set<string>();
  const entries: [string, string][] = [];
  let hasPressedButton = false;
  for (const control of form.controls) {
    if (control.disabled) continue;
    const answer = control.name in answers ? answers[control.name] : undefined;
    if (control.tag === "button") {
      if (control.type !== "submit" || hasPressedButton) continue;
      hasPressedButton = true;
      if (control.name) entries.push([control.name, control.value]);
      continue;
    }
    if (!control.name) continue;
    if (control.tag === "input" && (control.type === "radio" || control.type === "checkbox")) {
      const isChecked = answer !== undefined ? answer === control.value : control.checked;
      if (answer === control.value) used.add(control.name);
      if (isChecked) entries.push([control.name, control.value]);
      continue;
    }
    if (control.tag === "input" && (control.type === "submit" || control.type === "image" || control.type === "reset" || control.type === "file")) continue;
    if (control.tag === "select") {
      if (answer !== undefined) {
        if (!control.options.some((o) => o.value === answer)) throw new Error(`the list ${control.name} has no option ${JSON.stringify(answer)}`);
        used.add(control.name);
        entries.push([control.name, answer]);
      } else {
        const chosen = control.options.find((o) => o.selected) ?? control.options[0];
        if (chosen) entries.push([control.name, chosen.value]);
      }
      continue;
    }
    if (answer !== undefined && control.type !== "hidden") used.add(control.name);
    entries.push([control.name, answer !== undefined && control.type !== "hidden" ? answer : control.value]);
  }
  const missing = Object.keys(answers).filter((name) => !used.has(name));
  if (missing.length) throw new Error(`the form has no field to answer ${missing.join(", ")}`);
  return entries;
}
