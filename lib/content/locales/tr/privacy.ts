import type * as English from "../../privacy";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import type { ContentBlock } from "../../types";
import type { Localised } from "../../../i18n/localised";
import { programmeText } from "../../../i18n/programme-text";
import { CONTACT_DETAILS } from "./contact-details";
import { PROGRAMME_TEXT } from "./programme-text";
import { termsBlock } from "./terms";

// The data controllers and the data protection officer are programme facts,
// their words in ./programme-text (the English: lib/content/privacy.ts).

const text = programmeText(PROGRAMME_TEXT);
const dpoEmail = PROGRAMME.dataProtectionOfficer.email;

const controllerBlocks: Localised<ContentBlock>[] = [
  {
    kind: "paragraph",
    text: "Birleşik kaydın veri sorumluları (bilgilerinizin nasıl kullanıldığından yasal olarak sorumlu olan kuruluşlar) şunlardır:",
  },
  { kind: "list", items: text.dataControllers },
];

export const PRIVACY_PAGE: Localised<typeof English.PRIVACY_PAGE> = {
  href: ROUTES.privacy,
  title: "Gizlilik bildirimi",
  shortTitle: "Gizlilik bildirimi",
  description: "Birleşik kaydın ve bu web sitesinin bilgilerinizi nasıl kullandığı ve haklarınız.",
  lede: "Bu bildirim, bilgilerinizin birleşik kayıtta ve bu web sitesinde nasıl kullanıldığını ve haklarınızın neler olduğunu açıklar.",
  sections: [
    {
      id: "who-we-are",
      heading: "Biz kimiz?",
      blocks: [
        {
          kind: "paragraph",
          text: "Birleşik kayıt, Barnet, Camden, Enfield, Haringey ve Islington için North London Partners in health and care tarafından yürütülen bir programdır.",
        },
        ...controllerBlocks,
        {
          kind: "paragraph",
          text: ["Veri koruma görevlisi: ", text.dataProtectionOfficerName, `, ${dpoEmail}.`],
        },
      ],
    },
    {
      id: "information-in-the-record",
      heading: "Birleşik kayıttaki bilgiler nasıl kullanılır?",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "Birleşik kayıt, size bakım veren hizmetlerdeki bilgileri bir araya getirir. ",
            { text: "Kayıtta hangi bilgilerin olduğunu görün", href: ROUTES.whatsInTheRecord },
            ".",
          ],
        },
        { kind: "paragraph", text: "Bilgiler şu şekillerde kullanılır:" },
        {
          kind: "list",
          items: [
            "siz sağlık ve bakım çalışanlarına gittiğinizde ya da onlar size geldiğinde, bu çalışanlar tarafından",
            "insanların sağlık ve bakım ihtiyaçlarını anlamak için bakım ekipleri tarafından",
            "uzun süreli (kronik) hastalıklarla yaşayan kişilerin yüksek kaliteli bakım almasını sağlamak için",
            "kişisel bilgiler çıkarılarak (anonim hale getirilerek), uzmanların bakımı planlayıp iyileştirebilmesi için",
          ],
        },
        {
          kind: "paragraph",
          text: "Sizinle ilgili bilgiler, 2018 tarihli Veri Koruma Yasası (Data Protection Act 2018) ve UK GDPR ile korunur. Bakım uzmanlarının bilgilerinize karşı gizlilik yükümlülüğü vardır.",
        },
        termsBlock(["ukGdpr"]),
      ],
    },
    {
      id: "information-you-give-us",
      heading: "Bu web sitesinde bize verdiğiniz bilgiler",
      blocks: [
        { kind: "paragraph", text: "Birleşik kayıttan çıktığınızda ya da kayda yeniden katıldığınızda şunları saklarız:" },
        {
          kind: "list",
          items: [
            "tercihin yapıldığı kişinin adı, doğum tarihi, NHS numarası ve posta kodu",
            "tercihiniz ve bu tercihi ne zaman yaptığınız",
            "tercihinizi size onaylayabilmemiz için e-posta adresiniz",
            "başka biri adına hareket ediyorsanız adınız, o kişiyle yakınlığınız ve belgeleriniz",
          ],
        },
        {
          kind: "paragraph",
          text: "Her tercihe uyulabilmesi için her tercihin kaydını tutarız. Fikrinizi değiştirirseniz, yeni tercihinizi kayda ekleriz ve geçerli olan en yeni tercihtir.",
        },
        {
          kind: "paragraph",
          text: "Sizi geri aramamızı istediğinizde adınızı, telefon numaranızı ve mesajınızı saklarız. Bunları, isteğinizden 12 ay sonra sileriz.",
        },
      ],
    },
    {
      id: "who-we-share-it-with",
      heading: "Tercihinizi kimlerle paylaşırız?",
      blocks: [
        {
          kind: "paragraph",
          text: "Birleşik kayıt sistemine her kişinin kayıttan çıkıp çıkmadığını bildiririz. Böylece sistem kimin bilgilerini paylaşabileceğini bilir.",
        },
      ],
    },
    {
      id: "your-rights",
      heading: "Haklarınız",
      blocks: [
        { kind: "paragraph", text: "Şu haklara sahipsiniz:" },
        {
          kind: "list",
          items: [
            "sizinle ilgili tutulan bilgileri görmek",
            "yanlış bilgilerin düzeltilmesini istemek",
            "bilgilerinizin kullanılma şekline itiraz etmek",
            "şikâyette bulunmak",
          ],
        },
        {
          kind: "paragraph",
          text: `Bu haklardan herhangi birini kullanmak için veri koruma görevlimize ${dpoEmail} adresinden e-posta gönderin ya da bize ulaşın: ${CONTACT_DETAILS.email} adresine e-posta gönderin veya ${CONTACT_DETAILS.phone} numaralı telefonu arayın.`,
        },
        {
          kind: "paragraph",
          text: "Sağlık ve bakım kayıtlarınızı görmek için doğrudan sağlık ve bakım kuruluşlarınıza da başvurabilirsiniz; örneğin aile hekiminizin muayenehanesine, hastaneye ya da belediyeye.",
        },
      ],
    },
    {
      id: "complaints",
      heading: "Şikâyetler",
      blocks: [
        {
          kind: "paragraph",
          text: "Bilgilerinizin kullanılma şeklinden memnun değilseniz, önce bize ulaşın. Birleşik Krallık'ta veri korumayı denetleyen Bilgi Komiserliği Ofisi'ne (Information Commissioner's Office, ICO) de şikâyette bulunabilirsiniz. İletişim bilgileri, ico.org.uk adresindeki web sitesinde yer alır.",
        },
      ],
    },
    {
      id: "cookies",
      heading: "Çerezler",
      blocks: [
        {
          kind: "paragraph",
          text: ["Bu web sitesi sizi izlemek için çerez kullanmaz. ", { text: "Çerezler hakkında bilgi edinin", href: ROUTES.cookies }, "."],
        },
      ],
    },
  ],
};
