import { ROUTES } from "./routes";
import type { InformationPage } from "./types";

export const COOKIES_PAGE: InformationPage = {
  href: ROUTES.cookies,
  title: "Cookies",
  shortTitle: "Cookies",
  description: "This website does not use cookies to track you or for advertising.",
  lede: "Cookies are small files saved on your phone, tablet or computer when you visit a website.",
  sections: [
    {
      id: "how-we-use-cookies",
      heading: "How we use cookies",
      blocks: [
        {
          kind: "paragraph",
          text: "This website does not use cookies to track you, to measure how you use it, or for advertising.",
        },
        {
          kind: "paragraph",
          text: "We would only ever use cookies the website needs to work, called essential cookies. The law says these do not need your permission. These pages do not set any cookies at all.",
        },
      ],
    },
    {
      id: "other-websites",
      heading: "Other websites",
      blocks: [
        {
          kind: "paragraph",
          text: "Everything on this website, including the film, comes from this website. We do not use other companies' services that could set their own cookies.",
        },
        {
          kind: "paragraph",
          text: [
            "Read our ",
            { text: "privacy notice", href: ROUTES.privacy },
            " to find out how we use your information.",
          ],
        },
      ],
    },
  ],
};
