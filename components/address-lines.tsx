import { inlineToPlainText, languageOf, type Words } from "@/lib/content/types";

// A postal address as lines in one paragraph, as NHS.UK pages print addresses.
// A line in another language than the page's (an operator's English address on
// a translated page) is marked with its lang.
export function AddressLines({ lines, testId }: { lines: readonly Words[]; testId?: string }) {
  return (
    <p data-testid={testId}>
      {lines.map((line, index) => (
        <span key={inlineToPlainText(line)} lang={languageOf(line)}>
          {inlineToPlainText(line)}
          {index < lines.length - 1 ? <br /> : null}
        </span>
      ))}
    </p>
  );
}
