import type { Metadata } from "next";

import { BackLink } from "@/components/back-link";
import { CALLBACK_REQUESTED_PAGE } from "@/lib/content/contact";

export const metadata: Metadata = { title: CALLBACK_REQUESTED_PAGE.title };

export default function CallbackRequestedPage() {
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
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      </div>
    </>
  );
}
