// Every resident-facing path in one place, so a link can never point at a page
// that was renamed.

export const ROUTES = {
  home: "/",
  joinedUpRecord: "/joined-up-record",
  whatsInTheRecord: "/whats-in-the-record",
  whatsLeftOut: "/whats-left-out",
  whoCanSeeIt: "/who-can-see-it",
  yourChoice: "/your-choice",
  isMyInformationSafe: "/is-my-information-safe",
  whenItStarts: "/when-it-starts",
  contact: "/contact",
  optOut: "/choice/opt-out",
  optIn: "/choice/opt-in",
  accessibility: "/accessibility",
  privacy: "/privacy",
  cookies: "/cookies",
} as const;

export type Route = (typeof ROUTES)[keyof typeof ROUTES];
