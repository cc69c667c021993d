import type * as English from "../../home";
import { DOWNLOADS, ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CHOICE_RULES } from "./rules";

// Short sentences, "siz", everyday words (the English: lib/content/home.ts).

export const HOME_PAGE: Localised<typeof English.HOME_PAGE> = {
  title: "Birleşik sağlık ve bakım kaydınız",
  lede: "Kuzey Londra'daki sağlık ve bakım hizmetleri, sizinle ilgili tuttukları kayıtları birleştiriyor. Bu, size bakan kişilerin ihtiyaç duydukları bilgileri görmelerine yardımcı olur.",

  sections: [
    {
      heading: "Birleşik kayıt nedir?",
      paragraphs: ["Barnet, Camden, Enfield, Haringey ve Islington'daki sağlık ve bakım kayıtlarını birleştiriyoruz. Buna şu yerlerin kayıtları dahildir:"],
      bullets: ["aile hekimi muayenehaneleri (GP)", "hastaneler", "toplum sağlığı hizmetleri", "ruh sağlığı hizmetleri", "yetişkin sosyal bakım hizmetleri"],
      afterBullets: [
        "Kayıtlarınızı her zaman ve farklı yerlerde görebilmek, sağlık ve bakım uzmanlarının bakımınızla ilgili daha hızlı ve daha güvenli kararlar verebilmesi demektir.",
        "Birleşik kayıt, Barnet, Camden, Enfield, Haringey ya da Islington'da yaşayan veya aile hekimi (GP) bu bölgelerde olan kişiler içindir.",
      ],
    },
    {
      heading: "Kayıtta neler var, neler yok?",
      paragraphs: [
        "Yetişkinlerin ve çocukların sağlık kayıtları ile yetişkin sosyal bakım bilgileri kayda dahildir. Çocuklara yönelik sosyal bakım kayıtları şu anda dahil değildir.",
        "Bazı hassas bilgiler kayda alınmaz. Örneğin cinsel sağlık, doğurganlık (kısırlık) tedavisi, aile içi şiddet ve sabıka kayıtlarıyla ilgili bilgiler.",
      ],
    },
    {
      heading: "Sizin tercihiniz",
      paragraphs: [
        "Birleşik kayıttan çıkmadığınız sürece bu kayda dahilsiniz. İstediğiniz zaman kayda yeniden katılabilirsiniz.",
        `${CHOICE_RULES.optOutDoes} ${CHOICE_RULES.optOutDoesNot}`,
        CHOICE_RULES.emergencyWarning.paragraphs[0]!,
      ],
    },
  ],

  earlierOptOut: CHOICE_RULES.earlierOptOut,

  findOutMore: {
    heading: "Daha fazla bilgi",
    cards: [
      {
        text: "Birleşik kayıt nedir?",
        href: ROUTES.joinedUpRecord,
        description: "Nasıl çalıştığı, nasıl kullanıldığı ve size nasıl yardımcı olduğu.",
      },
      {
        text: "Kayıtta neler var?",
        href: ROUTES.whatsInTheRecord,
        description: "Birleşik kayıttaki bilgiler ve zamanla eklenecek bilgiler.",
      },
      {
        text: "Kayda neler alınmaz?",
        href: ROUTES.whatsLeftOut,
        description: "Kayda alınmayan hassas bilgiler ve tam liste.",
      },
      {
        text: "Kaydı kimler görebilir?",
        href: ROUTES.whoCanSeeIt,
        description: "Kaydınıza kimlerin bakabileceği ve neden yalnızca ihtiyaç duydukları bilgileri gördükleri.",
      },
      {
        text: "Sizin tercihiniz",
        href: ROUTES.yourChoice,
        description: "Kayıttan çıkmanın ne anlama geldiği, neyi durdurmadığı ve kayda yeniden katılma.",
      },
      {
        text: "Bilgilerim güvende mi?",
        href: ROUTES.isMyInformationSafe,
        description: "Bilgilerinizin nasıl korunduğu ve onları koruyan yasalar.",
      },
      {
        text: "Ne zaman başlıyor?",
        href: ROUTES.whenItStarts,
        description: "Birleşik kaydın ne zaman başladığı ve katılan kuruluşlar.",
      },
      {
        text: "Bize ulaşın",
        href: ROUTES.contact,
        description: "Bir soru sorun ya da bu bilgileri başka bir biçimde isteyin.",
      },
    ],
  },

  watchOrRead: {
    heading: "Filmi izleyin ya da broşürü yazdırın",
    links: [
      { text: "Birleşik kayıt hakkındaki kısa filmi izleyin (altyazılı)", href: ROUTES.film },
      { text: "Broşürü yazdırmak ya da daha sonra okumak için indirin (PDF)", href: DOWNLOADS.leafletPdf },
    ],
  },

  makeYourChoice: {
    heading: "Tercihinizi yapın",
    paragraphs: [
      "Birleşik kayıttan internet üzerinden, kâğıt formla ya da telefonla çıkabilir veya kayda yeniden katılabilirsiniz. Bunu kendiniz için, üzerinde ebeveyn sorumluluğunuz olan 16 yaşından küçük bir çocuk için ya da adına hareket etmeye yasal yetkiniz olan biri için yapabilirsiniz.",
      "Bir e-posta adresine ihtiyacınız olacak. Tercihin yapılacağı kişinin NHS numarasını biliyorsanız, yanınızda bulundurun.",
    ],
    actions: [
      { text: "Birleşik kayıttan çıkın", href: ROUTES.optOut },
      { text: "Birleşik kayda yeniden katılın", href: ROUTES.optIn },
    ],
    otherWays: {
      before: "İnternet üzerindeki hizmeti kullanamıyorsanız, ",
      link: { text: "bize ulaşın", href: ROUTES.contact },
      after: "; size yardım ederiz.",
    },
  },
};
