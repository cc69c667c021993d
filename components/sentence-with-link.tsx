import type { ContentSentenceWithLink } from "@/lib/content/types";
import { LocalLink } from "./local-link";

type SentenceWithLinkProps = {
  sentence: ContentSentenceWithLink;
};

export function SentenceWithLink({ sentence }: SentenceWithLinkProps) {
  return (
    <p>
      {sentence.before}
      <LocalLink href={sentence.link.href}>{sentence.link.text}</LocalLink>
      {sentence.after}
    </p>
  );
}
