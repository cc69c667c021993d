import type * as English from "../../cookies";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";

export const COOKIES_PAGE: Localised<typeof English.COOKIES_PAGE> = {
  href: ROUTES.cookies,
  title: "Cookies",
  shortTitle: "Cookies",
  description: "Easy Read. This website does not use cookies to follow what you do or for adverts.",
  lede: "Cookies are small files. Websites save them on your phone, tablet or computer when you visit.",
  sections: [
    {
      id: "how-we-use-cookies",
      heading: "How we use cookies",
      blocks: [
        {
          kind: "paragraph",
          text: "This website does not use cookies to follow what you do. It does not use cookies to measure how you use it. It does not use cookies for adverts.",
          picture: "safe",
        },
        {
          kind: "paragraph",
          text: "We would only ever use cookies the website needs to work. These are called essential cookies. The law says we do not need to ask you first for these. These pages do not save any cookies at all.",
          picture: "information",
        },
      ],
    },
    {
      id: "other-websites",
      heading: "Other websites",
      blocks: [
        {
          kind: "paragraph",
          text: "Everything on this website comes from this website. This includes the film. We do not use services from other companies. So no other company can save its own cookies.",
          picture: "film",
        },
        {
          kind: "paragraph",
          text: ["Read our ", { text: "privacy notice", href: ROUTES.privacy }, " to find out how we use your information."],
          picture: "information",
        },
      ],
    },
  ],
};
