import type { Metadata } from "next";
import Link from "next/link";
import { EMPTY_BUNDLE_MEANING } from "@/lib/api/fhir";
import { FEED_POLL_AFTER_SECONDS, MAX_BATCH_SIZE } from "@/lib/validation/consent-api";

export const metadata: Metadata = { title: "Consent-check API for record services" };

const BASE = "https://consent.example.nhs.uk";
const EXAMPLES = {
  single: `curl -H "Authorization: Bearer $KEY" \\
  ${BASE}/api/v1/consent/9990000018`,
  singleAnswer: `{"nhsNumber":"9990000018","status":"opted-out","shareable":false,
 "decidedAt":"2026-09-01T10:00:00.000Z","source":"online",
 "asOf":{"cursor":"djI6…","seq":48213}}`,
  batch: `curl -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" \\
  -d '{"nhsNumbers":["9990000018","999 000 0026","123"]}' \\
  ${BASE}/api/v1/consent/check`,
  batchAnswer: `{"results":[
  {"nhsNumber":"9990000018","status":"opted-out","shareable":false,"decidedAt":"…","source":"online"},
  {"nhsNumber":"9990000026","status":"participating","shareable":true,"decidedAt":null,"source":null},
  {"nhsNumber":"123","status":"invalid","shareable":false,"error":"An NHS number has 10 digits."}],
 "asOf":{"cursor":"djI6…","seq":48213}}`,
  changes: `curl -H "Authorization: Bearer $KEY" -H "If-None-Match: $ETAG" \\
  "${BASE}/api/v1/consent/changes?limit=1000&since=$CURSOR"`,
  changesAnswer: `{"changes":[
  {"seq":48214,"nhsNumber":"9990000018","status":"participating","shareable":true,
   "decidedAt":null,"source":null,"changedAt":"2026-09-02T09:14:03.120Z",
   "withdrawal":{"reason":"Entered against the wrong person","effectiveAt":"2026-09-02T09:14:03.101Z"}}],
 "nextCursor":"djI6…","hasMore":false,"pollAfterSeconds":${FEED_POLL_AFTER_SECONDS}}`,
  gone: `HTTP/1.1 410 Gone
Content-Type: application/problem+json

{"type":"…/problems/feed-cursor-gone","title":"Feed cursor gone","status":410,
 "detail":"This cursor is from another epoch of the register … read the feed again from since=0.","requestId":"…"}`,
  snapshot: `curl --compressed -H "Authorization: Bearer $KEY" \\
  ${BASE}/api/v1/consent/snapshot`,
  snapshotAnswer: `{"cursor":"djI6…","seq":48213,"takenAt":"2026-12-06T21:00:00.000Z"}
{"nhsNumber":"9990000018","status":"opted-out","shareable":false,"decidedAt":"…","source":"online"}
…
{"complete":true,"count":100000}`,
  webhook: `POST /your/webhook/address HTTP/1.1
Content-Type: application/json
webhook-id: 5b0e6c1e-2f4a-4c8e-9a57-0b1d2e3f4a5b
webhook-timestamp: 1796570043
webhook-signature: v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=

{"type":"consent.changed","timestamp":"2026-09-02T09:14:03.120Z",
 "data":{"seq":48214,"nhsNumber":"9990000018","status":"opted-out","shareable":false,
  "decidedAt":"2026-09-02T09:10:00.000Z","source":"online","changedAt":"2026-09-02T09:14:03.120Z",
  "withdrawal":null,"cursor":"djI6…"}}`,
  webhookVerify: `import { Webhook } from "standardwebhooks"; // npm install standardwebhooks

const webhook = new Webhook(process.env.CONSENT_WEBHOOK_SECRET); // whsec_…
// rawBody: the request body exactly as received, before any JSON parsing.
const event = webhook.verify(rawBody, {
  "webhook-id": headers["webhook-id"],
  "webhook-timestamp": headers["webhook-timestamp"],
  "webhook-signature": headers["webhook-signature"],
}); // throws when the signature or timestamp is wrong: answer 400 and store nothing`,
  fhir: `curl -H "Authorization: Bearer $KEY" \\
  "${BASE}/fhir/Consent?patient:identifier=https://fhir.nhs.uk/Id/nhs-number|9990000018"`,
  fhirRead: `curl -H "Authorization: Bearer $KEY" \\
  ${BASE}/fhir/Consent/3f1c9a52-6a0e-4c5b-9d7e-2b8f4c1e0a77`,
  problem: `HTTP/1.1 503 Service Unavailable
Content-Type: application/problem+json
Retry-After: 5

{"type":"…/problems/register-unavailable","title":"The consent register cannot be read",
 "status":503,"detail":"… Do not share: try again shortly.","requestId":"6f1c…"}`,
};

function Code({ children }: { children: string }) {
  return (
    <pre className="app-code" tabIndex={0}>
      <code>{children}</code>
    </pre>
  );
}

export default function DevelopersPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Consent-check API for record services</h1>
        <p className="nhsuk-lede-text">
          Ask whether a person&apos;s joined-up record may be shared before you show or send it, and keep your own copy of
          the register in step.
        </p>
        <nav className="nhsuk-contents-list" aria-label="Contents">
          <h2 className="nhsuk-u-visually-hidden">Contents</h2>
          <ol className="nhsuk-contents-list__list">
            {[
              ["keys", "Getting a key"],
              ["one-person", "One person"],
              ["batch", "Up to 10,000 people"],
              ["changes", "Following every change"],
              ["snapshot", "Starting from a snapshot"],
              ["webhooks", "Being told of changes (webhooks)"],
              ["fhir", "FHIR"],
              ["errors", "Errors and failing closed"],
            ].map(([id, label]) => (
              <li className="nhsuk-contents-list__item" key={id}>
                <a className="nhsuk-contents-list__link" href={`#${id}`}>
                  {label}
                </a>
              </li>
            ))}
          </ol>
        </nav>

        <h2 id="keys">Getting a key</h2>
        <p>
          Each record service has its own API key, issued by the register&apos;s staff and shown once. Send it with every
          call as <code>Authorization: Bearer nlr_…</code>. Keys carry scopes: <code>consent:read</code> for checks and
          FHIR, <code>consent:changes</code> for the change feed and the snapshot. A missing, unknown or revoked key gets 401; a key
          without the scope gets 403. Revoking a key takes effect within a second. Each client may make a set number of
          calls a second on each server; past that it gets 429 with <code>Retry-After</code>.
        </p>
        <p>
          The full contract is the OpenAPI 3.1 document at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>,
          generated from the same schemas that check requests.
        </p>

        <h2 id="one-person">One person</h2>
        <Code>{EXAMPLES.single}</Code>
        <Code>{EXAMPLES.singleAnswer}</Code>
        <p>
          <code>shareable</code> is true only when the register was read and the person takes part. Someone with no
          decision recorded takes part: <code>status</code> is <code>participating</code> and <code>decidedAt</code> is
          null. Spaces in the NHS number are fine; a number that fails the Modulus 11 check gets 422.
        </p>

        <h2 id="batch">Up to 10,000 people</h2>
        <Code>{EXAMPLES.batch}</Code>
        <Code>{EXAMPLES.batchAnswer}</Code>
        <p>
          One result per number, in the order you sent them. An invalid number is answered as <code>invalid</code> and
          not shareable, without failing the rest. More than {MAX_BATCH_SIZE.toLocaleString("en-GB")} numbers gets 413.
        </p>

        <h2 id="changes">Following every change</h2>
        <Code>{EXAMPLES.changes}</Code>
        <Code>{EXAMPLES.changesAnswer}</Code>
        <p>
          Start with <code>since=0</code> (or without <code>since</code>) to read from the beginning, then pass back{" "}
          <code>nextCursor</code> each time. Changes come in the order the register made them, and no change is ever
          skipped or repeated between pages, even while decisions are being written. Each change has its number,{" "}
          <code>seq</code>, one more than the change before it: a gap means you missed something.
        </p>
        <p>
          When <code>hasMore</code> is true, read on at once. When it is false you are up to date: wait{" "}
          <code>pollAfterSeconds</code> ({FEED_POLL_AFTER_SECONDS} seconds, also sent as <code>Retry-After</code>) and
          ask again with the same cursor, sending the page&apos;s <code>ETag</code> back as{" "}
          <code>If-None-Match</code>. The answer is 304 with no body while nothing is new.
        </p>
        <p>
          When a change comes from withdrawing the decision that was in force (for example one entered against the
          wrong person), <code>withdrawal</code> gives the reason and when it took effect; <code>status</code>,{" "}
          <code>decidedAt</code> and <code>source</code> describe the decision in force now, if any.
        </p>
        <p>
          A single or batch answer&apos;s <code>asOf</code> is the register position it reflects: its{" "}
          <code>cursor</code> works as <code>since</code>, so you can load a batch answer and follow the feed from
          exactly there. Answers are sent with <code>Cache-Control: no-store</code>: do not keep them, ask again or
          follow the feed, so that an opt-out takes effect at once.
        </p>
        <Code>{EXAMPLES.gone}</Code>
        <p>
          A cursor belongs to one epoch of the register. If the register is restored from backup or recreated, or a
          cursor is ahead of the register&apos;s last change, the feed answers 410 with the problem type{" "}
          <code>feed-cursor-gone</code>: changes may have been lost or renumbered, so replace your copy by reading
          again from <code>since=0</code>. Cursors given out before epochs were added (they start{" "}
          <code>djE6</code>, &quot;v1:&quot;) get the same 410.
        </p>

        <h2 id="snapshot">Starting from a snapshot</h2>
        <Code>{EXAMPLES.snapshot}</Code>
        <Code>{EXAMPLES.snapshotAnswer}</Code>
        <p>
          Rather than reading the whole feed, load everyone who has opted out in one answer (it needs{" "}
          <code>consent:changes</code>). The body is newline-delimited JSON (<code>application/x-ndjson</code>), gzip
          compressed by the dedicated API server when you send <code>Accept-Encoding: gzip</code>. The first line gives the feed{" "}
          <code>cursor</code> the snapshot is consistent with; then one line per person whose answer is not the
          default, in NHS number order; anyone not listed is participating. Then follow the feed with{" "}
          <code>since</code> set to that cursor: it returns exactly the changes made after the snapshot, so you miss
          nothing.
        </p>
        <p>
          The last line is <code>{`{"complete":true,"count":N}`}</code>. If it is missing, or its count is not the
          number of people lines you received, the snapshot was cut short (the connection broke or the register failed
          part way): throw it away and ask again. Never use a partial snapshot: someone missing from it would look as
          if they take part.
        </p>

        <h2 id="webhooks">Being told of changes (webhooks)</h2>
        <p>
          Rather than polling the feed, a record service can be sent each change as it happens. Ask the register&apos;s
          staff to add your HTTPS address to your API client (it needs <code>consent:changes</code>); they give you a
          signing secret starting <code>whsec_</code>, shown once. Addresses must be public <code>https://</code> ones.
          Every change the feed shows is then sent to you as a <code>POST</code>:
        </p>
        <Code>{EXAMPLES.webhook}</Code>
        <p>
          Deliveries follow the <a href="https://www.standardwebhooks.com/">Standard Webhooks</a> specification. Check
          every one before trusting it, over the raw body, with a Standard Webhooks library (there are ones for
          JavaScript, Python, Java, C#, Go, Ruby, PHP and Rust). In JavaScript or TypeScript:
        </p>
        <Code>{EXAMPLES.webhookVerify}</Code>
        <p>
          Answer with any <code>2xx</code> within 10 seconds once you have stored the change. Anything else, a redirect
          or no answer is retried with growing delays (30 seconds, doubling to 2 hours) for about 13 hours, then
          given up and shown to the register&apos;s admins, who can send it again. The <code>webhook-id</code> is the same
          on every retry: use it to drop a duplicate.
        </p>
        <p>
          Changes for one person arrive in order: a later one is not sent until the earlier one was accepted or given
          up. Changes for different people may arrive in any order, and an admin&apos;s retry can bring an old one after a
          newer one, so keep the highest <code>seq</code> you hold for each person and ignore a lower one.
        </p>
        <p>
          Webhooks tell you quickly; the feed is the record. Each delivery&apos;s <code>data.cursor</code> is the feed
          cursor just after that change, and <code>seq</code> numbers every change in the register one after another.
          Keep the cursor of the highest change up to which you hold every <code>seq</code> with no gap; from time to
          time, and whenever a gap lasts more than a few minutes, read <a href="#changes">the change feed</a> from that
          cursor to pick up anything a webhook has not brought (a delivery still being retried or given up, or changes
          made while your endpoint was disabled). The OpenAPI document describes the message in its{" "}
          <code>webhooks</code> section.
        </p>

        <h2 id="fhir">FHIR</h2>
        <Code>{EXAMPLES.fhir}</Code>
        <p>
          Returns a FHIR R4 searchset Bundle holding the person&apos;s Consent, claiming the UK Core Consent profile
          (provision <code>deny</code> for an opt-out, <code>permit</code> for an opt-in, in force from{" "}
          <code>provision.period.start</code>), with the custodian organisation, the patient by NHS number and the
          sharing policy&apos;s version. {EMPTY_BUNDLE_MEANING}
        </p>
        <p>
          Search with <code>patient:identifier</code> (or the chained <code>patient.identifier</code>); you may add{" "}
          <code>status</code> (only <code>active</code> Consents exist) and <code>_count</code> (0 to 100). Other
          parameters are ignored and left out of the <code>self</code> link. A missing or malformed identifier,
          another system or a number that fails the Modulus 11 check gets 400. The server answers in JSON only:
          asking for XML, by <code>Accept</code> or <code>_format</code>, gets 406. Errors are OperationOutcome
          resources.
        </p>
        <Code>{EXAMPLES.fhirRead}</Code>
        <p>
          Every <code>fullUrl</code> is absolute and can be read. A Consent&apos;s id is the id of the decision in
          force, never the NHS number: when the person makes a new decision it gets a new id, the old one answers
          404, and a search finds the new one. The CapabilityStatement is at{" "}
          <Link href="/fhir/metadata">/fhir/metadata</Link>.
        </p>

        <h2 id="errors">Errors and failing closed</h2>
        <Code>{EXAMPLES.problem}</Code>
        <p>
          Errors are <code>application/problem+json</code> with a <code>requestId</code>, which is also in the{" "}
          <code>X-Request-Id</code> header and in our logs: quote it when you contact us. When the register cannot be
          read the answer is 503 with <code>Retry-After</code>, never a guess. Treat anything other than a 200 answer as
          &quot;do not share&quot;.
        </p>
        <p>
          Addresses have no trailing slash: one with a trailing slash gets 308 Permanent Redirect to the address without
          it. A method an address does not take gets 405 with an <code>Allow</code> header; <code>HEAD</code> answers
          like <code>GET</code> without a body. Every answer, errors included, is in the OpenAPI document, which names
          the register&apos;s own address as its server; we check it on every build with swagger-parser, Redocly,
          Stoplight Prism and a client generated by openapi-typescript.
        </p>
      </div>
    </div>
  );
}
