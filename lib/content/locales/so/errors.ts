import type * as English from "../../errors";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";

export const NOT_FOUND_PAGE: Localised<typeof English.NOT_FOUND_PAGE> = {
  title: "Bogga lama helin",
  paragraphs: ["Haddii aad qortay cinwaanka websaydhka, hubi inuu sax ahaa.", "Haddii aad dhejisay cinwaanka websaydhka, hubi inaad koobiyeysay cinwaanka oo dhan."],
  links: [
    {
      before: "Waxaad ",
      link: { text: "aadi kartaa bogga hore ee diiwaanka isku xiran", href: ROUTES.home },
      after: ".",
    },
    {
      before: "Haddii aad weli caawimo u baahan tahay, ",
      link: { text: "nala soo xiriir", href: ROUTES.contact },
      after: ".",
    },
  ],
};

export const SERVICE_ERROR_PAGE: Localised<typeof English.SERVICE_ERROR_PAGE> = {
  title: "Waan ka xunnahay, dhibaato ayaa ka jirta adeegga",
  paragraphs: ["Isku day mar dambe.", "Haddii aad samaynaysay doorasho oo aadan helin lambar tixraac, doorashadaada lama kaydin."],
  tryAgainButton: "Isku day mar kale",
  contact: {
    before: "Haddii aad hadda caawimo u baahan tahay, ",
    link: { text: "nala soo xiriir", href: ROUTES.contact },
    after: ".",
  },
};
