import type { CanaryConfig } from "./canary-config";

// Where record services can ask the register, and what they can ask. The
// checker asks every question of every server, about every canary. Adding a
// server (a replica-backed API instance, issue #18) or a question (the
// snapshot download, issue #15) is one line in the list below and, for a new
// question, one function in questions.ts.

export type CanaryServer = { name: string; baseUrl: string };
export type CanaryQuestion = "single" | "batch" | "changes" | "fhir";

export const CANARY_QUESTIONS: readonly CanaryQuestion[] = ["single", "batch", "changes", "fhir"];

export function listCanaryServers(config: Pick<CanaryConfig, "siteUrl" | "apiUrl">): CanaryServer[] {
  return [
    { name: "site", baseUrl: config.siteUrl },
    { name: "dedicated-api", baseUrl: config.apiUrl },
    // { name: "replica-api", baseUrl: config.replicaApiUrl }, // when DATABASE_READ_URL exists (issue #18)
  ];
}
