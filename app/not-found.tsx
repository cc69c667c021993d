import type { Metadata } from "next";

import { SentenceWithLink } from "@/components/sentence-with-link";
import { getResidentContent } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getResidentContent()).content.errors.NOT_FOUND_PAGE.title };
}

export default async function NotFound() {
  const { NOT_FOUND_PAGE } = (await getResidentContent()).content.errors;
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
