import type * as English from "../../site";
import type { Localised } from "../../../i18n/localised";
import { ROUTES } from "../../routes";
import { ORGANISATION_NAME } from "../../site";

export const SITE_TITLE: Localised<typeof English.SITE_TITLE> = "নর্থ লন্ডনের সংযুক্ত স্বাস্থ্য ও সেবা রেকর্ড";

export const SITE_DESCRIPTION: Localised<typeof English.SITE_DESCRIPTION> =
  "Barnet, Camden, Enfield, Haringey ও Islington-এর সংযুক্ত স্বাস্থ্য ও সেবা রেকর্ড সম্পর্কে জানুন, এবং আপনি এতে থাকবেন কি না তা বেছে নিন।";

export const SKIP_LINK_TEXT: Localised<typeof English.SKIP_LINK_TEXT> = "মূল বিষয়বস্তুতে চলে যান";

export const HEADER: Localised<typeof English.HEADER> = {
  serviceName: ORGANISATION_NAME,
  logoAlt: "NHS",
  homeLinkLabel: `NHS ${ORGANISATION_NAME}: হোম পেজ`,
};

export const INSET_TEXT_PREFIX: Localised<typeof English.INSET_TEXT_PREFIX> = "তথ্য: ";
export const WARNING_CALLOUT_PREFIX: Localised<typeof English.WARNING_CALLOUT_PREFIX> = "গুরুত্বপূর্ণ: ";

export const FOOTER: Localised<typeof English.FOOTER> = {
  linksHeading: "সহায়ক লিংক",
  links: [
    { text: "অ্যাক্সেসিবিলিটি (সবার ব্যবহারযোগ্যতা) বিবৃতি", href: ROUTES.accessibility },
    { text: "গোপনীয়তা বিজ্ঞপ্তি", href: ROUTES.privacy },
    { text: "কুকিজ", href: ROUTES.cookies },
    { text: "যোগাযোগ করুন", href: ROUTES.contact },
    { text: "তথ্য ও পরিসংখ্যান", href: ROUTES.factsAndFigures },
  ],
  copyright: `© ${ORGANISATION_NAME}`,
};

export const ERROR_MESSAGE_PREFIX: Localised<typeof English.ERROR_MESSAGE_PREFIX> = "ত্রুটি: ";
