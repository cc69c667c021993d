/** The request header proxy.ts sets to the locale of the address asked for (it overwrites any a client sends). */
export const LOCALE_HEADER = "x-locale";
/** The address without its locale prefix, for the language links and hreflang alternates. */
export const PATH_HEADER = "x-resident-path";
