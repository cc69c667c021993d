import { Fragment } from "react";

import type { InlineText as InlineTextContent } from "@/lib/content/types";
import { LocalLink } from "./local-link";

type InlineTextProps = {
  text: InlineTextContent;
};

/** Words with links inside them, in reading order. */
export function InlineText({ text }: InlineTextProps) {
  if (typeof text === "string") return <>{text}</>;
  return (
    <>
      {text.map((part, index) =>
        typeof part === "string" ? (
          // Parts are fixed content in a fixed order, so the index is a stable key.
          <Fragment key={index}>{part}</Fragment>
        ) : (
          <LocalLink href={part.href} key={index}>
            {part.text}
          </LocalLink>
        ),
      )}
    </>
  );
}
