import type * as English from "../../who-can-see-it";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import type { ContentBlock } from "../../types";
import type { Localised } from "../../../i18n/localised";
import { programmeText, wordsOf } from "../../../i18n/programme-text";
import { PROGRAMME_TEXT } from "./programme-text";

// The general rules are the residents' page's own words; what each role sees is
// a programme fact, its Turkish words in ./programme-text (the English:
// lib/content/who-can-see-it.ts).

export const ROLE_SUMMARIES: Localised<typeof English.ROLE_SUMMARIES> = programmeText(PROGRAMME_TEXT).roles;

export const ROLES_STATUS: Localised<typeof English.ROLES_STATUS> = PROGRAMME.roles.confirmed
  ? undefined
  : {
      heading: "Örnek: henüz onaylanmadı",
      text: "Bu liste bir örnektir. Program, her görevdeki kişinin neleri görebileceğini henüz onaylamadı.",
    };

const roleBlocks: Localised<ContentBlock>[] = [
  ...(ROLES_STATUS ? [{ kind: "warning", heading: ROLES_STATUS.heading, paragraphs: [ROLES_STATUS.text] } as const] : []),
  {
    kind: "list",
    items: ROLE_SUMMARIES.map((role) => wordsOf(`${role.role}: ${role.sees} ${role.why}`, role)),
  },
];

export const WHO_CAN_SEE_IT_PAGE: Localised<typeof English.WHO_CAN_SEE_IT_PAGE> = {
  href: ROUTES.whoCanSeeIt,
  title: "Kaydınızı kimler görebilir?",
  shortTitle: "Kaydı kimler görebilir?",
  description: "Birleşik kaydınızı kimlerin görebileceği ve neden herkesin yalnızca işi için gereken bilgileri gördüğü.",
  lede: "Kişisel bilgilerinize yalnızca sağlık ve sosyal bakımınızı desteklemek için bu bilgileri görmesi gereken kişiler erişebilir.",
  sections: [
    {
      id: "who-can-see-it",
      heading: "Kaydı kimler görebilir?",
      blocks: [
        { kind: "paragraph", text: "Bu kişiler arasında şunlar vardır:" },
        {
          kind: "list",
          items: [
            "aile hekimleri (GP)",
            "sosyal hizmet uzmanları",
            "hastane doktorları ve klinik personeli",
            "toplum sağlığı çalışanları",
            "ruh sağlığı çalışanları",
            "bakım ekibinin yetkili diğer üyeleri",
          ],
        },
        {
          kind: "paragraph",
          text: "Her kişi yalnızca kendi işiyle ilgili bilgileri görebilir. Bu yüzden bir sosyal bakım çalışanı, kaydınızın bir ergoterapistin (iş ve uğraşı terapistinin) gördüğünden farklı bölümlerini görebilir.",
        },
      ],
    },
    {
      id: "the-rules",
      heading: "Uymaları gereken kurallar",
      blocks: [
        {
          kind: "list",
          items: [
            "Yalnızca bakımınızı vermek ve yönetmek için işlerini yaparken ihtiyaç duydukları bilgileri görebilirler.",
            "Kayıtlarınızı güvende tutmak zorundadırlar.",
            "Gizlilik yükümlülükleri vardır: bilgilerinizi gizli tutmak zorundadırlar.",
            "Sıkı davranış kurallarına göre çalışırlar. Gizliliğinize saygı göstermemek ya da bilgilerinizi güvende tutmamak ciddi bir suçtur.",
          ],
        },
        { kind: "paragraph", text: [{ text: "Bilgilerinizin nasıl korunduğunu öğrenin", href: ROUTES.isMyInformationSafe }, "."] },
      ],
    },
    {
      id: "what-each-role-can-see",
      heading: "Her görevdeki kişi neleri görebilir?",
      blocks: roleBlocks,
    },
    {
      id: "seeing-your-own-record",
      heading: "Kendi kaydınızı görmek",
      blocks: [
        {
          kind: "paragraph",
          text: "Birleşik kayıt, size bakan uzmanlar içindir. Kendi bilgilerinizi birleşik kayıt üzerinden göremezsiniz.",
        },
        {
          kind: "paragraph",
          text: "Sağlık ve bakım kayıtlarınızı görmek isterseniz, bunu doğrudan sağlık ve bakım kuruluşlarınızdan isteyebilirsiniz; örneğin aile hekiminizin muayenehanesinden, hastaneden ya da belediyeden.",
        },
      ],
    },
  ],
};
