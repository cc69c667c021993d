// Lengths the register accepts, stated once: the decision schema
// (lib/validation/decision.ts), the journeys' step forms
// (lib/validation/choice.ts), the legacy importer's row checks and the
// messages that name them (lib/content/decision-errors.ts) all read these.

/** A person's first or last name. */
export const NAME_MAX = 100;
/** The full name of a parent, guardian, attorney or deputy acting for the person. */
export const PROXY_NAME_MAX = 200;
/** How the proxy is related to the person. */
export const RELATIONSHIP_MAX = 100;

/** A parent or guardian can act for a child until this birthday. */
export const CHILD_AGE_LIMIT = 16;

/** The largest evidence file a proxy may upload, as residents are told it. */
export const EVIDENCE_MAX_MEGABYTES = 10;
export const EVIDENCE_MAX_BYTES = EVIDENCE_MAX_MEGABYTES * 1024 * 1024;
