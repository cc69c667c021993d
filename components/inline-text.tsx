import { Fragment } from "react";

import { isTextInLanguage, type InlineText as InlineTextContent } from "@/lib/content/types";
import { LocalLink } from "./local-link";

type InlineTextProps = {
  text: InlineTextContent;
};

/**
 * Words with links inside them, in reading order; words in another language
 * than the page's in a span with their `lang`. Text wholly in another language
 * is rendered as its words: the element holding it carries its `lang`
 * (`languageOf`, lib/content/types.ts), as ContentBlocks does.
 */
export function InlineText({ text }: InlineTextProps) {
  if (typeof text === "string") return <>{text}</>;
  if (isTextInLanguage(text)) return <>{text.text}</>;
  return (
    <>
      {text.map((part, index) =>
        // Parts are fixed content in a fixed order, so the index is a stable key.
        typeof part === "string" ? (
          <Fragment key={index}>{part}</Fragment>
        ) : "href" in part ? (
          <LocalLink href={part.href} key={index}>
            {part.text}
          </LocalLink>
        ) : (
          <span lang={part.lang} key={index}>
            {part.text}
          </span>
        ),
      )}
    </>
  );
}
