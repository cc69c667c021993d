import type { SITE_FRAME as English } from "../../site-frame";
import type { Localised } from "../../../i18n/localised";
import { DOWNLOADS } from "../../routes";

// Written by the lead engineer with the other words about the site itself (lib/content/site-frame.ts).

export const SITE_FRAME: Localised<typeof English> = {
  languageLinksLabel: "Languages",
  translationNotice: {
    text: "This Easy Read version has not been checked yet by people who use Easy Read. It may have mistakes.",
    englishLink: "Read this page in standard English",
  },
  largePrint: {
    heading: "Big print",
    paperForm: { text: "Get the paper form in big print (PDF)", href: DOWNLOADS.paperFormLargePrintPdf },
    leaflet: { text: "Get the leaflet in big print (PDF)", href: DOWNLOADS.leafletLargePrintPdf },
  },
  exampleDetails: {
    heading: "Example details",
    // Easy Read keeps it to short sentences: the list of which details would make one long sentence.
    text: () => "This is a test website. Some details on it are only examples. Do not use them.",
    fieldNames: {
      "phone number": "phone number",
      "opening hours": "opening hours",
      "text relay number": "text relay number",
      "email address": "email address",
      "postal address": "postal address",
      "list of information left out": "list of information left out",
      "list of what each role can see": "list of what each worker can see",
      "data controllers": "data controllers",
      "data protection officer": "data protection officer",
      "web address": "web address",
    },
  },
};
