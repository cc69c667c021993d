import type * as English from "../../cookies";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";

export const COOKIES_PAGE: Localised<typeof English.COOKIES_PAGE> = {
  href: ROUTES.cookies,
  title: "Kukiyada (cookies)",
  shortTitle: "Kukiyada",
  description: "Websaydhkan uma isticmaalo kukiyada inuu kula socdo ama xayaysiis.",
  lede: "Kukiyadu waa faylal yaryar oo lagu kaydiyo taleefankaaga, tablet-kaaga ama kombiyuutarkaaga marka aad booqato websaydh.",
  sections: [
    {
      id: "how-we-use-cookies",
      heading: "Sida aan u isticmaalno kukiyada",
      blocks: [
        {
          kind: "paragraph",
          text: "Websaydhkan uma isticmaalo kukiyada inuu kula socdo, inuu cabbiro sida aad u isticmaasho, ama xayaysiis.",
        },
        {
          kind: "paragraph",
          text: "Waxaan isticmaali lahayn oo keliya kukiyada uu websaydhku u baahan yahay si uu u shaqeeyo, oo loo yaqaan kukiyada lama-huraanka ah. Sharcigu wuxuu leeyahay kuwani uma baahna oggolaanshahaaga. Bogaggan ma dhigaan wax kukiyo ah haba yaraatee.",
        },
      ],
    },
    {
      id: "other-websites",
      heading: "Websaydhada kale",
      blocks: [
        {
          kind: "paragraph",
          text: "Wax kasta oo websaydhkan ku jira, oo uu ku jiro filimku, wuxuu ka yimaadaa websaydhkan. Ma isticmaalno adeegyada shirkado kale oo dhigi kara kukiyadooda.",
        },
        {
          kind: "paragraph",
          text: [
            "Akhri ",
            { text: "ogeysiiskayaga sirta", href: ROUTES.privacy },
            " si aad u ogaato sida aan u isticmaalno macluumaadkaaga.",
          ],
        },
      ],
    },
  ],
};
