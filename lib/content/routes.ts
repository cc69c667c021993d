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
  callbackRequested: "/contact/call-back-requested",
  film: "/film",
  optOut: "/choice/opt-out",
  optIn: "/choice/opt-in",
  accessibility: "/accessibility",
  privacy: "/privacy",
  cookies: "/cookies",
  factsAndFigures: "/facts-and-figures",
} as const;

export type Route = (typeof ROUTES)[keyof typeof ROUTES];

/** Files residents can download. Generated on request from the content source, except the film. */
export const DOWNLOADS = {
  leafletPdf: "/downloads/joined-up-record-leaflet.pdf",
  /** The leaflet in large print (RNIB clear print, 16 pt). */
  leafletLargePrintPdf: "/downloads/joined-up-record-leaflet-large-print.pdf",
  excludedInformationPdf: "/downloads/information-left-out.pdf",
  excludedInformationCsv: "/downloads/information-left-out.csv",
  /** The paper opt-out and opt-in form, built with the choice journeys. */
  paperFormPdf: "/downloads/paper-form.pdf",
  /** The paper form in large print, with boxes big enough to write in by hand. */
  paperFormLargePrintPdf: "/downloads/paper-form-large-print.pdf",
  film: "/film/joined-up-record-film.mp4",
  filmCaptions: "/film/joined-up-record-film.en.vtt",
  filmChapters: "/film/joined-up-record-film.chapters.vtt",
  filmPoster: "/film/joined-up-record-film-poster.jpg",
} as const;
