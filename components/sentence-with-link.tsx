import type { ContentSentenceWithLink } from "@/lib/content/types";

type SentenceWithLinkProps = {
  sentence: ContentSentenceWithLink;
};

export function SentenceWithLink({ sentence }: SentenceWithLinkProps) {
  return (
    <p>
      {sentence.before}
      <a href={sentence.link.href}>{sentence.link.text}</a>
      {sentence.after}
    </p>
  );
}
