import type { Metadata } from "next";

import { BackLink } from "@/components/back-link";
import { InlineText } from "@/components/inline-text";
import { inlineToPlainText, languageOf } from "@/lib/content/types";
import { getResidentContent } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getResidentContent()).content.contact.CALLBACK_REQUESTED_PAGE.title };
}

export default async function CallbackRequestedPage() {
  const { CALLBACK_REQUESTED_PAGE } = (await getResidentContent()).content.contact;
  return (
    <>
      <BackLink href={CALLBACK_REQUESTED_PAGE.backLink.href} text={CALLBACK_REQUESTED_PAGE.backLink.text} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <div className="nhsuk-panel">
            <h1 className="nhsuk-panel__heading">{CALLBACK_REQUESTED_PAGE.title}</h1>
            <div className="nhsuk-panel__body">{CALLBACK_REQUESTED_PAGE.body}</div>
          </div>
          <h2>{CALLBACK_REQUESTED_PAGE.nextHeading}</h2>
          {CALLBACK_REQUESTED_PAGE.next.map((paragraph) => (
            <p key={inlineToPlainText(paragraph)} lang={languageOf(paragraph)}>
              <InlineText text={paragraph} />
            </p>
          ))}
        </div>
      </div>
    </>
  );
}
