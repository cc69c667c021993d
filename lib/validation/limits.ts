// Lengths the register accepts for a person's details, stated once: the
// register's schema (decision.ts), the online journey's forms (choice.ts) and
// their messages (lib/content/decision-errors.ts) all read these.

export const NAME_MAX_LENGTH = 100;
export const PROXY_NAME_MAX_LENGTH = 200;
export const RELATIONSHIP_MAX_LENGTH = 100;

/** A parent or guardian can act for a child until this birthday. */
export const CHILD_AGE_LIMIT = 16;

/** The largest evidence file a proxy may upload, as residents are told it. */
export const EVIDENCE_MAX_MEGABYTES = 10;
export const EVIDENCE_MAX_BYTES = EVIDENCE_MAX_MEGABYTES * 1024 * 1024;
