import type { Metadata } from "next";

import { SentenceWithLink } from "@/components/sentence-with-link";
import { NOT_FOUND_PAGE } from "@/lib/content/errors";

export const metadata: Metadata = {
  title: NOT_FOUND_PAGE.title,
};

export default function NotFound() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{NOT_FOUND_PAGE.title}</h1>
        {NOT_FOUND_PAGE.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        {NOT_FOUND_PAGE.links.map((sentence) => (
          <SentenceWithLink key={sentence.link.href} sentence={sentence} />
        ))}
      </div>
    </div>
  );
}
