import { getDb } from "../db";
import { boroughForPostcode, type AreaBorough } from "./postcode-districts";

export type GpPractice = { odsCode: string; name: string; borough: AreaBorough };

/** The GP practices taking part, from the organisation list staff keep. */
export async function listGpPractices(): Promise<GpPractice[]> {
  const rows = await getDb().organisation.findMany({
    where: { type: "GP_PRACTICE", OR: [{ leftOn: null }, { leftOn: { gt: new Date() } }] },
    select: { odsCode: true, name: true, borough: true },
    orderBy: { name: "asc" },
  });
  return rows;
}

export async function findGpPractice(odsCode: string): Promise<GpPractice | undefined> {
  return (await listGpPractices()).find((practice) => practice.odsCode === odsCode);
}

export type Eligibility = { isEligible: true; borough: AreaBorough; by: "postcode" | "gp-practice" } | { isEligible: false };

/**
 * Someone can use the service if they live in, or are registered with a GP
 * practice in, one of the five boroughs.
 */
export async function checkEligibility(options: { postcode?: string; gpPracticeOds?: string }): Promise<Eligibility> {
  const byPostcode = options.postcode ? boroughForPostcode(options.postcode) : undefined;
  if (byPostcode) return { isEligible: true, borough: byPostcode, by: "postcode" };
  const practice = options.gpPracticeOds ? await findGpPractice(options.gpPracticeOds) : undefined;
  if (practice) return { isEligible: true, borough: practice.borough, by: "gp-practice" };
  return { isEligible: false };
}
