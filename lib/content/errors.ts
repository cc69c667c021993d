import { ROUTES } from "./routes";
import type { ContentSentenceWithLink } from "./types";

// Words for the pages shown when something goes wrong, following the NHS
// service manual's "Page not found" and "Sorry, there is a problem with the
// service" patterns.

export type NotFoundPageContent = {
  title: string;
  paragraphs: readonly string[];
  links: readonly ContentSentenceWithLink[];
};

export const NOT_FOUND_PAGE: NotFoundPageContent = {
  title: "Page not found",
  paragraphs: [
    "If you typed the web address, check it was correct.",
    "If you pasted the web address, check you copied the entire address.",
  ],
  links: [
    {
      before: "You can ",
      link: { text: "go to the joined-up record home page", href: ROUTES.home },
      after: ".",
    },
    {
      before: "If you still need help, ",
      link: { text: "contact us", href: ROUTES.contact },
      after: ".",
    },
  ],
};

export type ServiceErrorPageContent = {
  title: string;
  paragraphs: readonly string[];
  tryAgainButton: string;
  contact: ContentSentenceWithLink;
};

export const SERVICE_ERROR_PAGE: ServiceErrorPageContent = {
  title: "Sorry, there is a problem with the service",
  paragraphs: [
    "Try again later.",
    "If you were making a choice and did not get a reference number, your choice has not been saved.",
  ],
  tryAgainButton: "Try again",
  contact: {
    before: "If you need help now, ",
    link: { text: "contact us", href: ROUTES.contact },
    after: ".",
  },
};
