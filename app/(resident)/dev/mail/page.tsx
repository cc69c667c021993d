import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { capturedMailDirToShow, readCapturedMail } from "@/lib/email/mail-capture-server";
import { getEnv } from "@/lib/env";

// For developers, not residents: the email the local capture server caught.
// Exists only in the local demo with the embedded database, while the site
// sends to that server (scripts/start.ts sets LOCAL_DEMO and MAIL_CAPTURE_DIR
// when it starts them); otherwise this address is not found: it shows every
// one-time code sent.

export const metadata: Metadata = { title: "Captured email (development)", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function CapturedMailPage() {
  const dir = capturedMailDirToShow(getEnv());
  if (!dir) notFound();
  const messages = await readCapturedMail(dir);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1>Captured email</h1>
        <p>
          Email the site sent to the local capture server. Nothing was delivered. Files are in <code>{dir}</code>.
        </p>
        {messages.length === 0 ? <p>No email yet.</p> : null}
        {messages.map((message) => (
          <section className="nhsuk-card" key={message.id} aria-labelledby={`mail-${message.id}`}>
            <div className="nhsuk-card__content">
              <h2 className="nhsuk-card__heading nhsuk-heading-m" id={`mail-${message.id}`}>
                {message.subject}
              </h2>
              <dl className="nhsuk-summary-list">
                {[
                  ["To", message.to.join(", ")],
                  ["From", message.from],
                  ["Received", message.receivedAt],
                  ["File", message.emlFile],
                ].map(([key, value]) => (
                  <div className="nhsuk-summary-list__row" key={key}>
                    <dt className="nhsuk-summary-list__key">{key}</dt>
                    <dd className="nhsuk-summary-list__value">{value}</dd>
                  </div>
                ))}
              </dl>
              <pre className="nhsuk-body-s">{message.text}</pre>
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
