import type * as English from "../../whats-in-the-record";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CHOICE_RULES } from "./rules";
import { TERMS } from "./terms";

// Every fact here is from the residents' page (the English: lib/content/whats-in-the-record.ts).

export const WHATS_IN_THE_RECORD_PAGE: Localised<typeof English.WHATS_IN_THE_RECORD_PAGE> = {
  href: ROUTES.whatsInTheRecord,
  title: "Kayıtta hangi bilgiler var?",
  shortTitle: "Kayıtta neler var?",
  description: "Birleşik kayıttaki sağlık ve bakım bilgileri ve zamanla eklenecek bilgiler.",
  lede: "Güncel sağlık ve bakım bilgilerinizin çoğu birleşik kayıtta yer alacak.",
  sections: [
    {
      id: "what-it-shows",
      heading: "Kayıtta neler var?",
      blocks: [
        { kind: "paragraph", text: "Örneğin:" },
        {
          kind: "list",
          items: [
            "ilaçlarınız",
            "alerjileriniz",
            "geçmişteki hastane yatışlarınızda aldığınız bakımın özetleri",
            "yaklaşan randevularınız",
            "kan tahlili gibi yaygın testlerin sonuçları",
          ],
        },
      ],
    },
    {
      id: "recent-history",
      heading: "Yalnızca yakın geçmiş",
      blocks: [
        {
          kind: "paragraph",
          text: "Birleşik kayıt, yakın geçmişinizi gösterecek. Bunun nedeni, sağlık ve bakım hizmetlerinin bu bilgileri her zaman bilgisayar sistemlerinde tutmamış olmasıdır.",
        },
      ],
    },
    {
      id: "added-over-time",
      heading: "Zamanla eklenecek bilgiler",
      blocks: [
        {
          kind: "paragraph",
          text: "Zamanla, NHS hizmetleri ve belediye sosyal bakım hizmetleri veren başka kuruluşların bilgileri de kayda eklenecek. Buna ruh sağlığı kayıtları ve sosyal hizmet uzmanlarının tuttuğu kayıtlar da dahildir.",
        },
        {
          kind: "paragraph",
          text: ["Zamanla daha fazla bakım kuruluşu katılacak. ", { text: "Ne zaman başladığını ve kimlerin katıldığını görün", href: ROUTES.whenItStarts }, "."],
        },
      ],
    },
    {
      id: "children-and-young-people",
      heading: "Çocuklar ve gençler",
      blocks: [
        { kind: "paragraph", text: "Tüm yetişkinlerin ve çocukların sağlık kayıtları ile yetişkin sosyal bakım bilgileri birleştirilecek." },
        { kind: "paragraph", text: "Çocuklara yönelik sosyal bakım kayıtlarını şu anda kayda eklemeyi planlamıyoruz." },
        {
          kind: "paragraph",
          text: [
            "16 yaşından küçük bir çocuk üzerinde ebeveyn sorumluluğunuz varsa, çocuk adına tercih yapabilirsiniz. ",
            { text: "Başka biri adına nasıl tercih yapacağınızı öğrenin", href: `${ROUTES.yourChoice}#making-a-choice-for-someone-else` },
            ".",
          ],
        },
        { kind: "paragraph", text: CHOICE_RULES.atSixteen },
        { kind: "definitions", items: [TERMS.parentalResponsibility] },
      ],
    },
    {
      id: "what-is-left-out",
      heading: "Kayda alınmayan bilgiler",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "Bilgilerinizin hepsi birleşik kayıtta yer almaz. Bazı hassas bilgiler kayda alınmaz; örneğin cinsel sağlık, doğurganlık (kısırlık) tedavisi, aile içi şiddet ve sabıka kayıtları. ",
            { text: "Kayda nelerin alınmadığını görün", href: ROUTES.whatsLeftOut },
            ".",
          ],
        },
      ],
    },
  ],
};
