import type { CanaryConfig } from "./canary-config";

// Where record services can ask the register, and what they can ask. The
// checker asks every question of every server, about every canary. Adding a
// server (a replica-backed API instance, issue #18) or a question (the
// snapshot download, issue #15) is one line in the list below and, for a new
// question, one function in questions.ts.

export type CanaryServer = { name: string; baseUrl: string };
export type CanaryQuestion = "single" | "batch" | "changes" | "fhir" | "snapshot";

export const CANARY_QUESTIONS: readonly CanaryQuestion[] = ["single", "batch", "changes", "fhir", "snapshot"];

export function listCanaryServers(config: Pick<CanaryConfig, "siteUrl" | "apiUrl">): CanaryServer[] {
  return [
    { name: "site", baseUrl: config.siteUrl },
    { name: "dedicated-api", baseUrl: config.apiUrl },
    // With a read replica (docs/decisions/027): an API instance reading from it; CANARY_REPLICA_API_URL
    // names one (in production, an instance behind the replica), by default the dedicated API.
    ...(process.env.DATABASE_READ_URL
      ? [{ name: "replica-api", baseUrl: (process.env.CANARY_REPLICA_API_URL || config.apiUrl).replace(/\/+$/, "") }]
      : []),
  ];
}
