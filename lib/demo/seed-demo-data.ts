import type { Actor } from "../audit/actor";
import { recordDecision } from "../consent/record-decision";
import { changeDecisionStatus } from "../consent/change-decision-status";
import { getDb } from "../db";
import type { Borough, OrganisationType } from "../generated/prisma/enums";
import { generateTestNhsNumber } from "../nhs-number/nhs-number";
import type { DecisionDetailsInput } from "../validation/decision";
import { seededRandom } from "./seeded-random";

// Demo data for development and the browser tests: participating organisations
// and a few hundred decisions for 999-range NHS numbers, which are never issued
// to real people. Names are made up. A fixed seed draws the same people and
// choices every time (their dates are relative to today), and a marker on each
// decision makes seeding again add only what is missing.

export const DEMO_SOURCE_PREFIX = "demo-seed:";
const DEMO_DECISIONS = 300;
const DEMO_STAFF: Actor = { kind: "SYSTEM", id: "demo-seed" };

type DemoOrganisation = { odsCode: string; name: string; type: OrganisationType; borough: Borough; joinedOn: string };

// NHS trusts under their public names and codes; GP practices and councils'
// codes are illustrative (the Z range is not issued to practices).
export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  { odsCode: "RAL", name: "Royal Free London NHS Foundation Trust", type: "ACUTE_HOSPITAL", borough: "CAMDEN", joinedOn: "2026-04-01" },
  { odsCode: "RRV", name: "University College London Hospitals NHS Foundation Trust", type: "ACUTE_HOSPITAL", borough: "CAMDEN", joinedOn: "2026-04-01" },
  { odsCode: "RKE", name: "Whittington Health NHS Trust", type: "ACUTE_HOSPITAL", borough: "ISLINGTON", joinedOn: "2026-04-01" },
  { odsCode: "RAP", name: "North Middlesex University Hospital NHS Trust", type: "ACUTE_HOSPITAL", borough: "ENFIELD", joinedOn: "2026-06-01" },
  { odsCode: "RRP", name: "Barnet, Enfield and Haringey Mental Health NHS Trust", type: "MENTAL_HEALTH", borough: "HARINGEY", joinedOn: "2026-06-01" },
  { odsCode: "TAF", name: "Camden and Islington NHS Foundation Trust", type: "MENTAL_HEALTH", borough: "ISLINGTON", joinedOn: "2026-06-01" },
  { odsCode: "RYX", name: "Central London Community Healthcare NHS Trust", type: "COMMUNITY_HEALTH", borough: "BARNET", joinedOn: "2026-09-01" },
  { odsCode: "LA302", name: "London Borough of Barnet adult social care", type: "LOCAL_AUTHORITY", borough: "BARNET", joinedOn: "2026-09-01" },
  { odsCode: "LA202", name: "London Borough of Camden adult social care", type: "LOCAL_AUTHORITY", borough: "CAMDEN", joinedOn: "2026-09-01" },
  { odsCode: "LA308", name: "London Borough of Enfield adult social care", type: "LOCAL_AUTHORITY", borough: "ENFIELD", joinedOn: "2026-10-01" },
  { odsCode: "LA309", name: "London Borough of Haringey adult social care", type: "LOCAL_AUTHORITY", borough: "HARINGEY", joinedOn: "2026-10-01" },
  { odsCode: "LA206", name: "London Borough of Islington adult social care", type: "LOCAL_AUTHORITY", borough: "ISLINGTON", joinedOn: "2026-09-01" },
  { odsCode: "Z10001", name: "Hendon Lane Medical Centre", type: "GP_PRACTICE", borough: "BARNET", joinedOn: "2026-04-01" },
  { odsCode: "Z10002", name: "Finchley Park Surgery", type: "GP_PRACTICE", borough: "BARNET", joinedOn: "2026-05-01" },
  { odsCode: "Z10003", name: "Kentish Row Practice", type: "GP_PRACTICE", borough: "CAMDEN", joinedOn: "2026-04-01" },
  { odsCode: "Z10004", name: "Belsize Green Health Centre", type: "GP_PRACTICE", borough: "CAMDEN", joinedOn: "2026-05-01" },
  { odsCode: "Z10005", name: "Chase Side Surgery", type: "GP_PRACTICE", borough: "ENFIELD", joinedOn: "2026-06-01" },
  { odsCode: "Z10006", name: "Palmers Road Medical Practice", type: "GP_PRACTICE", borough: "ENFIELD", joinedOn: "2026-07-01" },
  { odsCode: "Z10007", name: "Wood Green Family Practice", type: "GP_PRACTICE", borough: "HARINGEY", joinedOn: "2026-04-01" },
  { odsCode: "Z10008", name: "Crouch Hill Surgery", type: "GP_PRACTICE", borough: "HARINGEY", joinedOn: "2026-06-01" },
  { odsCode: "Z10009", name: "Highbury Fields Medical Centre", type: "GP_PRACTICE", borough: "ISLINGTON", joinedOn: "2026-04-01" },
  { odsCode: "Z10010", name: "Angel Corner Practice", type: "GP_PRACTICE", borough: "ISLINGTON", joinedOn: "2026-05-01" },
  { odsCode: "Z10011", name: "North London Hospice at Home", type: "HOSPICE", borough: "BARNET", joinedOn: "2026-10-01" },
];

const GIVEN_NAMES = ["Amara", "Ben", "Chloe", "Dev", "Ella", "Femi", "Grace", "Hassan", "Isla", "Jonah", "Kemi", "Leo", "Maya", "Nikos", "Olu", "Priya", "Rosa", "Sami", "Tom", "Zoë"];
const FAMILY_NAMES = ["Adeyemi", "Brown", "Costa", "Demir", "Evans", "Fernández", "Georgiou", "Hussain", "Ivanova", "Jones", "Kaur", "Lewis", "Murphy", "Nowak", "O'Brien", "Patel", "Quinn", "Rahman", "Smith", "Yilmaz"];
const POSTCODES = ["N3 2AB", "NW4 4BT", "N6 5HG", "NW1 8JE", "NW3 2QG", "EN1 3PL", "N9 0PZ", "N13 4BS", "N22 6HH", "N8 9BA", "N15 4NP", "N1 1AA", "N5 2EE", "N7 6PA", "N19 3TS", "EN5 2DN"];
const GP_PRACTICES = DEMO_ORGANISATIONS.filter((o) => o.type === "GP_PRACTICE").map((o) => o.odsCode);

export type SeedReport = { organisations: number; decisions: number; skippedDecisions: boolean };

export async function seedDemoData(options: { now?: Date; log?: (message: string) => void } = {}): Promise<SeedReport> {
  const db = getDb();
  const log = options.log ?? (() => undefined);
  const now = options.now ?? new Date();

  for (const organisation of DEMO_ORGANISATIONS) {
    const data = { ...organisation, joinedOn: new Date(`${organisation.joinedOn}T00:00:00Z`) };
    await db.organisation.upsert({ where: { odsCode: organisation.odsCode }, create: data, update: {}, select: { id: true } });
  }
  log(`Organisations: ${DEMO_ORGANISATIONS.length} present.`);
  await (await import("../staff/demo-staff")).seedDemoStaff({ log });
  await (await import("../identity/local-provider/seed-test-people")).seedNhsLoginTestPeople({ now, log });

  const existing = new Set<string | null>(
    (
      await db.decision.findMany({
        where: { sourceReference: { startsWith: DEMO_SOURCE_PREFIX } },
        select: { sourceReference: true },
      })
    ).map((d) => d.sourceReference),
  );
  if (existing.size >= DEMO_DECISIONS) {
    log(`Demo decisions: already seeded (${existing.size}), nothing added.`);
    return { organisations: DEMO_ORGANISATIONS.length, decisions: 0, skippedDecisions: true };
  }

  const random = seededRandom(20261125);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const people = Array.from({ length: 220 }, () => ({
    nhsNumber: generateTestNhsNumber(random),
    givenName: pick(GIVEN_NAMES),
    familyName: pick(FAMILY_NAMES),
    dateOfBirth: new Date(Date.UTC(1930 + Math.floor(random() * 90), Math.floor(random() * 12), 1 + Math.floor(random() * 28)))
      .toISOString()
      .slice(0, 10),
    postcode: pick(POSTCODES),
    gpPracticeOds: pick(GP_PRACTICES),
  }));
  const channels = ["ONLINE", "ONLINE", "ONLINE", "PAPER", "PHONE", "CAREMYWAY_IMPORT", "CIDR_IMPORT"] as const;
  const dayMs = 24 * 60 * 60 * 1000;

  let added = 0;
  for (let i = 0; i < DEMO_DECISIONS; i++) {
    // Every draw is made even for decisions already present, so a seed that
    // stopped part-way resumes with exactly the decisions it would have made.
    const person = pick(people);
    // Most people opt out once; some later opt back in.
    const choice = random() < 0.8 ? "OPT_OUT" : "OPT_IN";
    const channel = pick(channels);
    const isLegacy = channel === "CAREMYWAY_IMPORT" || channel === "CIDR_IMPORT";
    const daysAgo = isLegacy ? 400 + Math.floor(random() * 2000) : 1 + Math.floor(random() * 240);
    const isProxy = !isLegacy && random() < 0.1;
    const isUntraced = channel === "PAPER" && random() < 0.3;
    const sourceReference = `${DEMO_SOURCE_PREFIX}${i + 1}`;
    const details: DecisionDetailsInput = {
      ...person,
      nhsNumber: isUntraced ? undefined : person.nhsNumber,
      choice,
      channel,
      madeBy: isProxy ? pick(["PARENT_OR_GUARDIAN", "ATTORNEY", "DEPUTY"] as const) : "SELF",
      proxyName: isProxy ? `${pick(GIVEN_NAMES)} ${pick(FAMILY_NAMES)}` : undefined,
      proxyRelationship: isProxy ? pick(["Mother", "Father", "Son", "Daughter", "Attorney", "Deputy"]) : undefined,
      contactEmail: channel === "ONLINE" ? `demo.person${i}@example.org` : undefined,
      decidedAt: new Date(now.getTime() - daysAgo * dayMs - Math.floor(random() * dayMs)),
      sourceReference,
    };
    const awaitingReview = choice === "OPT_IN" && random() < 0.3;
    const withdraw = isProxy && random() < 0.3;
    if (existing.has(sourceReference)) continue;
    added++;
    const recorded = await recordDecision({
      details,
      assurance: isLegacy ? { level: "VERIFIED", by: "LEGACY_IMPORT" } : channel === "ONLINE" ? { level: "PROVED_EMAIL" } : { level: "UNPROVED" },
      initialStatus: awaitingReview ? "AWAITING_REVIEW" : "EFFECTIVE",
      recordedBy: channel === "ONLINE" ? { kind: "RESIDENT" } : DEMO_STAFF,
    });
    if (withdraw) {
      await changeDecisionStatus({
        decisionId: recorded.id,
        status: "WITHDRAWN",
        reason: "Demo: evidence of authority was not accepted",
        by: DEMO_STAFF,
      });
    }
  }
  log(`Demo decisions: ${added} recorded for ${people.length} people.`);
  return { organisations: DEMO_ORGANISATIONS.length, decisions: added, skippedDecisions: false };
}
