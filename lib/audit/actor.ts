import type { ActorKind } from "../generated/prisma/enums";

/** Who did something: a resident (online), a member of staff, the system, an API client. */
export type Actor = { kind: ActorKind; id?: string };

export const SYSTEM_ACTOR: Actor = { kind: "SYSTEM", id: "system" };
