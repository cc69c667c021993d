import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { Actor } from "@/lib/audit/actor";
import { getConsentStatus } from "@/lib/consent/get-consent-status";
import { type DecisionAssurance, recordDecision, type RecordedDecision } from "@/lib/consent/record-decision";
import { getDb } from "@/lib/db";
import { keyDecision } from "@/lib/keying/key-decision";
import type { DecisionDetailsInput } from "@/lib/validation/decision";
import { decisionDetails, RESIDENT, uniqueNhsNumber } from "../support/factories";
import { uniqueAddress } from "../support/mail";

// The rule's promise (issue 11, docs/decisions/015): for any interleaving of
// decisions by the person (from their proved email A, or through NHS login)
// and by an attacker who never holds A or the person's NHS login (other
// proved emails, phone and paper decisions keyed with any typed email, A
// included, proxies, NHS login for their own NHS number), the person is never
// left participating after their own last choice was to opt out; and every
// attempt to opt them back in while they are opted out is told to the
// address that proved their opt-out. Against the real database, bounded so
// the suite stays fast.

type Choice = "OPT_OUT" | "OPT_IN";
type Step =
  | { by: "person"; via: "email" | "nhs-login"; choice: Choice }
  | { by: "attacker"; via: "online"; email: 0 | 1; asProxy: boolean; choice: Choice }
  | { by: "attacker"; via: "keyed"; channel: "PHONE" | "PAPER"; typedEmail: "person" | "attacker" | "none"; asProxy: boolean; choice: Choice }
  | { by: "attacker"; via: "own-nhs-login"; choice: Choice };

const choice = fc.constantFrom<Choice>("OPT_OUT", "OPT_IN");
const personStep = fc.record({ by: fc.constant("person" as const), via: fc.constantFrom("email" as const, "nhs-login" as const), choice });
// Weighted towards the attacker, whose sequences are what the rule must withstand.
const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: personStep, weight: 1 },
  { arbitrary: fc.record({ by: fc.constant("attacker" as const), via: fc.constant("online" as const), email: fc.constantFrom(0 as const, 1 as const), asProxy: fc.boolean(), choice }), weight: 2 },
  { arbitrary: fc.record({
    by: fc.constant("attacker" as const),
    via: fc.constant("keyed" as const),
    channel: fc.constantFrom("PHONE" as const, "PAPER" as const),
    typedEmail: fc.constantFrom("person" as const, "attacker" as const, "none" as const),
    asProxy: fc.boolean(),
    choice,
  }), weight: 2 },
  { arbitrary: fc.record({ by: fc.constant("attacker" as const), via: fc.constant("own-nhs-login" as const), choice }), weight: 1 },
);

// The attacks an outside test found (issue 11), always among the runs.
const FINDING_1: Step[] = [
  { by: "person", via: "email", choice: "OPT_OUT" },
  { by: "attacker", via: "online", email: 0, asProxy: false, choice: "OPT_OUT" },
  { by: "attacker", via: "online", email: 0, asProxy: false, choice: "OPT_IN" },
];
const FINDING_2: Step[] = [
  { by: "person", via: "nhs-login", choice: "OPT_OUT" },
  { by: "attacker", via: "keyed", channel: "PHONE", typedEmail: "attacker", asProxy: false, choice: "OPT_OUT" },
  { by: "attacker", via: "keyed", channel: "PHONE", typedEmail: "attacker", asProxy: false, choice: "OPT_IN" },
];

const CASEWORKER: Actor = { kind: "STAFF", id: "staff-property-keyer" };
const PROXY = { madeBy: "PARENT_OR_GUARDIAN", proxyName: "Someone Else", proxyRelationship: "Mother" } as const;

async function noticeQueued(optInId: string, address: string): Promise<boolean> {
  return (await getDb().emailOutbox.count({ where: { toAddress: address, idempotencyKey: { startsWith: `opt-in-notice:${optInId}:` } } })) === 1;
}

describe("the consent rule, for any interleaving", () => {
  it("never leaves the person participating after their own last choice was to opt out, and tells them of every attempt", async () => {
    await fc.assert(
      // Every run starts with a choice of the person's own, then any interleaving.
      fc.asyncProperty(fc.tuple(personStep, fc.array(step, { minLength: 1, maxLength: 5 })).map(([first, rest]) => [first, ...rest]), async (steps) => {
        const nhsNumber = uniqueNhsNumber();
        const personEmail = uniqueAddress("person");
        const nhsLoginEmail = uniqueAddress("person-nhs-login");
        const attackerEmails = [uniqueAddress("attacker"), uniqueAddress("attacker-2")];
        // Decision times follow the order of the steps, one minute apart, in the past.
        const base = Date.now() - 24 * 60 * 60 * 1000;
        let personLast: { choice: Choice; via: "email" | "nhs-login" } | undefined;

        for (const [index, s] of steps.entries()) {
          const decidedAt = new Date(base + index * 60_000);
          const person: Partial<DecisionDetailsInput> = { nhsNumber, givenName: "Ada", familyName: "Person", dateOfBirth: "1970-05-17", choice: s.choice, decidedAt };
          let recorded: RecordedDecision | undefined;
          if (s.by === "person") {
            const assurance: DecisionAssurance =
              s.via === "email" ? { level: "PROVED_EMAIL" } : { level: "VERIFIED", by: "NHS_LOGIN", nhsNumber, nhsLoginEmail };
            const contactEmail = s.via === "email" ? personEmail : nhsLoginEmail;
            recorded = await recordDecision({ details: decisionDetails({ ...person, contactEmail }), assurance, recordedBy: RESIDENT });
            personLast = { choice: s.choice, via: s.via };
          } else if (s.via === "online") {
            recorded = await recordDecision({
              details: decisionDetails({ ...person, givenName: "Mallory", contactEmail: attackerEmails[s.email], ...(s.asProxy ? PROXY : {}) }),
              assurance: { level: "PROVED_EMAIL" },
              recordedBy: RESIDENT,
            });
          } else if (s.via === "keyed") {
            const typed = { person: personEmail, attacker: attackerEmails[0], none: undefined }[s.typedEmail];
            const details = decisionDetails({ ...person, channel: s.channel, contactEmail: typed, ...(s.asProxy ? PROXY : {}) });
            recorded = await keyDecision({
              keyed: {
                ...(details as never as Parameters<typeof keyDecision>[0]["keyed"]),
                channel: s.channel,
                decidedAt,
                receivedOn: decidedAt.toISOString().slice(0, 10),
                formReference: s.channel === "PAPER" ? `PF-PROP-${index}` : undefined,
                isSigned: s.channel === "PAPER" ? "yes" : undefined,
              },
              by: CASEWORKER,
            });
          } else {
            // NHS login proves the attacker's own NHS number, never the person's: refused, nothing written.
            const before = await getDb().decision.count({ where: { nhsNumber } });
            await expect(
              recordDecision({
                details: decisionDetails({ ...person, contactEmail: attackerEmails[0] }),
                assurance: { level: "VERIFIED", by: "NHS_LOGIN", nhsNumber: uniqueNhsNumber() },
                recordedBy: RESIDENT,
              }),
            ).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
            expect(await getDb().decision.count({ where: { nhsNumber } })).toBe(before);
          }

          if (personLast?.choice === "OPT_OUT") {
            expect((await getConsentStatus({ nhsNumber })).status).toBe("opted-out");
            // Someone else tried to opt them back in: the address that proved their opt-out is told.
            if (s.by === "attacker" && s.choice === "OPT_IN" && recorded) {
              expect(recorded.status).toBe("AWAITING_REVIEW");
              expect(await noticeQueued(recorded.id, personLast.via === "email" ? personEmail : nhsLoginEmail)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 50, examples: [[FINDING_1], [FINDING_2]] },
    );
  }, 180_000);
});
