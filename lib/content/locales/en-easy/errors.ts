import type * as English from "../../errors";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";

export const NOT_FOUND_PAGE: Localised<typeof English.NOT_FOUND_PAGE> = {
  title: "We cannot find this page",
  paragraphs: [
    "Did you type the web address? Check it is right.",
    "Did you paste the web address? Check you copied all of it.",
  ],
  links: [
    { before: "You can ", link: { text: "go to the joined-up record home page", href: ROUTES.home }, after: "." },
    { before: "Do you still need help? Please ", link: { text: "contact us", href: ROUTES.contact }, after: "." },
  ],
};

export const SERVICE_ERROR_PAGE: Localised<typeof English.SERVICE_ERROR_PAGE> = {
  title: "Sorry, something is wrong with the website",
  paragraphs: [
    "Please try again later.",
    "Were you making a choice? Did you get a reference number? If not, we have not saved your choice.",
  ],
  tryAgainButton: "Try again",
  contact: { before: "Do you need help now? Please ", link: { text: "contact us", href: ROUTES.contact }, after: "." },
};
