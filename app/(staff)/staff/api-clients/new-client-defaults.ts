/** What the form to create an API client starts with, and returns to after each client is made. */
export const NEW_CLIENT_DEFAULTS = { scopeRead: "yes", scopeChanges: "yes" } as const;
