import type * as English from "../../cookies";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";

// The English: lib/content/cookies.ts.

export const COOKIES_PAGE: Localised<typeof English.COOKIES_PAGE> = {
  href: ROUTES.cookies,
  title: "Çerezler",
  shortTitle: "Çerezler",
  description: "Bu web sitesi sizi izlemek ya da reklam için çerez kullanmaz.",
  lede: "Çerezler, bir web sitesini ziyaret ettiğinizde telefonunuza, tabletinize ya da bilgisayarınıza kaydedilen küçük dosyalardır.",
  sections: [
    {
      id: "how-we-use-cookies",
      heading: "Çerezleri nasıl kullanıyoruz?",
      blocks: [
        {
          kind: "paragraph",
          text: "Bu web sitesi sizi izlemek, siteyi nasıl kullandığınızı ölçmek ya da reklam yapmak için çerez kullanmaz.",
        },
        {
          kind: "paragraph",
          text: "Yalnızca web sitesinin çalışması için gereken çerezleri kullanabiliriz; bunlara zorunlu çerezler denir. Yasaya göre bu çerezler için izninizin alınması gerekmez. Bu sayfalar hiç çerez kullanmaz.",
        },
      ],
    },
    {
      id: "other-websites",
      heading: "Diğer web siteleri",
      blocks: [
        {
          kind: "paragraph",
          text: "Film dahil olmak üzere bu web sitesindeki her şey bu web sitesinden gelir. Kendi çerezlerini yerleştirebilecek başka şirketlerin hizmetlerini kullanmayız.",
        },
        {
          kind: "paragraph",
          text: [
            "Bilgilerinizi nasıl kullandığımızı öğrenmek için ",
            { text: "gizlilik bildirimimizi", href: ROUTES.privacy },
            " okuyun.",
          ],
        },
      ],
    },
  ],
};
