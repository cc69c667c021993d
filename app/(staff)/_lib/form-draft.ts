import "server-only";

import { restoreFormDraft } from "@/lib/auth/form-drafts";

import type { SignedInStaff } from "./staff-session";

// The page side of kept forms (issue 16 point 3, docs/decisions/024 and 032): a
// staff action built with staffAction({ keepDraftAt }) keeps a form sent after
// its session ended; signing in again comes back to keepDraftAt's page with
// ?draft=<id>, and the page gives the fields back here, as its form's values.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A decision's own page under a staff area (`/staff/tracing/<id>`, `/staff/review/<id>`), for keepDraftAt
 * from a form's posted decisionId; null when it is not a decision's id (nothing is kept for it).
 */
export function decisionPagePath(area: string, decisionId: string | undefined): string | null {
  return decisionId && UUID.test(decisionId) ? `${area}/${decisionId}` : null;
}

export type PageDraft = {
  /** The address asked for a draft (?draft=): the page says whether it came back. */
  isAsked: boolean;
  /** The kept fields, for the form's values; null when none came back. */
  values: Record<string, string> | null;
};

/** The draft named by ?draft=, for this account and this page only (deleted as it is given back, audited). */
export async function restoreDraftForPage(options: { draft: string | undefined; staff: SignedInStaff; path: string }): Promise<PageDraft> {
  if (!options.draft) return { isAsked: false, values: null };
  const values = await restoreFormDraft({ id: options.draft, userId: options.staff.id, path: options.path });
  return { isAsked: true, values };
}
