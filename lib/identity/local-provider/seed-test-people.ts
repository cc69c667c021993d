import { recordDecision } from "../../consent/record-decision";
import { getDb } from "../../db";
import { residentTestUsers } from "./test-users";

// Decisions for the local NHS login's P9 adults, added with the demo data
// (lib/demo/seed-demo-data.ts), so "Check your choice" has a history to show:
// Priya Shah opted out online and back in on paper (participating); Oliver
// Bennett opted out through CareMyWay, carried across (opted out).

const PREFIX = "demo-nhs-login:";
const DAY_MS = 24 * 60 * 60 * 1000;
const DEMO_STAFF = { kind: "SYSTEM" as const, id: "demo-seed" };

export async function seedNhsLoginTestPeople(options: { now?: Date; log?: (message: string) => void } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const [priya, oliver] = residentTestUsers(now);
  const person = (user: typeof priya) => ({ nhsNumber: user!.nhsNumber, givenName: user!.givenName, familyName: user!.familyName, dateOfBirth: user!.birthdate, madeBy: "SELF" as const });
  const wanted = [
    {
      sourceReference: `${PREFIX}priya-opt-out`,
      details: { ...person(priya), postcode: "N1 1AA", choice: "OPT_OUT" as const, channel: "ONLINE" as const, contactEmail: priya!.email, decidedAt: new Date(now.getTime() - 200 * DAY_MS) },
      recordedBy: { kind: "RESIDENT" as const },
      assurance: { level: "PROVED_EMAIL" as const },
    },
    {
      sourceReference: `${PREFIX}priya-opt-in`,
      details: { ...person(priya), postcode: "N1 1AA", choice: "OPT_IN" as const, channel: "PAPER" as const, decidedAt: new Date(now.getTime() - 90 * DAY_MS) },
      recordedBy: DEMO_STAFF,
      assurance: { level: "UNPROVED" as const },
    },
    {
      sourceReference: `${PREFIX}oliver-caremyway`,
      details: { ...person(oliver), choice: "OPT_OUT" as const, channel: "CAREMYWAY_IMPORT" as const, decidedAt: new Date(now.getTime() - 900 * DAY_MS) },
      recordedBy: DEMO_STAFF,
      assurance: { level: "VERIFIED" as const, by: "LEGACY_IMPORT" as const },
    },
  ];
  const existing = new Set(
    (await getDb().decision.findMany({ where: { sourceReference: { startsWith: PREFIX } }, select: { sourceReference: true } })).map((d) => d.sourceReference),
  );
  let added = 0;
  for (const decision of wanted) {
    if (existing.has(decision.sourceReference)) continue;
    // Demo history as it stands, not re-ruled: the paper opt-in was reviewed by staff.
    await recordDecision({
      details: { ...decision.details, sourceReference: decision.sourceReference },
      assurance: decision.assurance,
      initialStatus: "EFFECTIVE",
      recordedBy: decision.recordedBy,
    });
    added++;
  }
  options.log?.(`Local NHS login test people: ${wanted.length} decisions present (${added} added).`);
  return added;
}
