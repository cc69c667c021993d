import type * as English from "../../film";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { icu } from "../../../i18n/icu";
import { CHOICE_RULES } from "./rules";

// The explainer film's script in Turkish: its slides, captions and transcript
// (the English: lib/content/film.ts). Every chapter, slide and cue matches the
// English one for one, so each caption keeps the English cue's timing. Like
// the English, the film speaks no phone number or address. `spoken` helps a
// Turkish voice say the English names and abbreviations.

export const FILM_CHAPTERS: Localised<typeof English.FILM_CHAPTERS> = [
  {
    title: "Birleşik kayıt nedir?",
    slides: [
      {
        heading: "Birleşik sağlık ve bakım kaydınız",
        points: ["Barnet", "Camden", "Enfield", "Haringey", "Islington"],
        cues: [
          { text: "Bu film, birleşik sağlık ve bakım kaydını anlatıyor." },
          { text: "Barnet, Camden, Enfield, Haringey ve Islington'daki sağlık ve bakım kayıtlarını birleştiriyoruz." },
        ],
      },
      {
        heading: "Kayıtlarınız farklı yerlerde",
        points: ["Aile hekimi (GP)", "Hastane", "Toplum sağlığı hizmetleri", "Ruh sağlığı hizmetleri", "Yetişkin sosyal bakım"],
        cues: [
          { text: "Aile hekiminiz, hastaneniz ve diğer hizmetler, sizinle ilgili kendi kayıtlarını ayrı ayrı tutar." },
          { text: "Birleşik kayıt, bu kayıtlardaki önemli bilgileri bir araya getirir." },
          { text: "Böylece sağlık ve bakım uzmanları, bakımınızla ilgili daha hızlı ve daha güvenli kararlar verebilir." },
        ],
      },
    ],
  },
  {
    title: "Nasıl kullanılır ve size nasıl yardımcı olur?",
    slides: [
      {
        heading: "Bilgiler nasıl kullanılır?",
        points: ["Siz onlara gittiğinizde ya da onlar size geldiğinde", "İnsanların ihtiyaçlarını anlamak için", "Uzun süreli hastalıkların bakımı", "Anonim olarak, bakımı planlamak için"],
        cues: [
          { text: "Sağlık ve bakım çalışanları, siz onlara gittiğinizde ya da onlar size geldiğinde bu kaydı kullanır." },
          { text: "Bakım ekipleri, insanların sağlık ve bakım ihtiyaçlarını anlamak için bu kaydı kullanır." },
          { text: "Kayıt, uzun süreli hastalıkları olan kişilerin yüksek kaliteli bakım almasına yardımcı olur." },
          { text: "Kişisel bilgiler çıkarılarak da bakımı planlamak ve iyileştirmek için kullanılır." },
        ],
      },
      {
        heading: "Size nasıl yardımcı olur?",
        points: ["Herkes resmin tamamını görür", "Yeni bir uzman da bilgilere sahip olur", "Daha az tekrar test"],
        cues: [
          { text: "Bakımınızda görev alan herkes resmin tamamını görür." },
          { text: "Yeni bir bakım uzmanıyla görüştüğünüzde, bu kişi önemli bilgilere sahip olur." },
          { text: "Kan tahlili gibi yaygın testlerin sonuçları, size bakan herkesle paylaşılır." },
          { text: "Böylece aynı testi yeniden yaptırmanız gerekmeyebilir." },
        ],
      },
    ],
  },
  {
    title: "Kayıtta neler var, neler yok?",
    slides: [
      {
        heading: "Kayıtta neler var?",
        points: ["İlaçlar ve alerjiler", "Geçmişteki hastane yatışları", "Gelecekteki randevular", "Ruh sağlığı ve sosyal bakım: zamanla"],
        cues: [
          { text: "Kayıt ilaçlarınızı, alerjilerinizi, geçmişteki hastane yatışlarınızın özetlerini ve gelecekteki randevularınızı gösterir." },
          { text: "Yakın geçmişinizi gösterir." },
          { text: "Zamanla ruh sağlığı kayıtlarını ve sosyal hizmet uzmanlarının tuttuğu kayıtları da içerecek." },
          { text: "Çocukların sağlık kayıtları kayda dahildir. Çocuklara yönelik sosyal bakım kayıtları şu anda dahil değildir." },
        ],
      },
      {
        heading: "Kayda neler alınmaz?",
        points: ["Cinsel sağlık", "Doğurganlık tedavisi", "Aile içi şiddet", "Sabıka kayıtları", "Tam liste web sitemizde"],
        cues: [
          { text: "Bazı hassas bilgiler kayda alınmaz." },
          { text: "Örneğin cinsel sağlık, doğurganlık tedavisi, aile içi şiddet ve sabıka kayıtları." },
          { text: "Tam liste web sitemizde yer alıyor." },
        ],
      },
    ],
  },
  {
    title: "Kaydı kimler görebilir ve bilgiler nasıl korunur?",
    slides: [
      {
        heading: "Kaydı kimler görebilir?",
        points: ["Yalnızca bakımınızı destekleyen kişiler", "Herkes işinin gerektirdiğini görür", "Sıkı davranış kuralları"],
        cues: [
          { text: "Bilgilerinizi yalnızca sağlık ve sosyal bakımınızı desteklemek için onlara ihtiyaç duyan kişiler görebilir." },
          { text: "Her kişi yalnızca kendi işiyle ilgili bilgileri görebilir." },
          { text: "Bu kişiler sıkı davranış kurallarına göre çalışır. Bilgilerinizi güvende tutmamak ciddi bir suçtur." },
          {
            text: "Bilgileriniz, 2018 tarihli Veri Koruma Yasası (Data Protection Act 2018) ve UK GDPR ile korunur.",
            spoken: "Bilgileriniz, iki bin on sekiz tarihli Veri Koruma Yasası ve Birleşik Krallık Genel Veri Koruma Tüzüğü ile korunur.",
          },
        ],
      },
    ],
  },
  {
    title: "Sizin tercihiniz",
    slides: [
      {
        heading: "Sizin tercihiniz",
        points: ["Kayıttan çıkmadığınız sürece kayda dahilsiniz", "İstediğiniz zaman yeniden katılın", "Telefonla, e-postayla ve kâğıt üzerinde paylaşım sürer"],
        cues: [
          { text: "Birleşik kayıttan çıkmadığınız sürece bu kayda dahilsiniz." },
          { text: CHOICE_RULES.optOutDoes },
          { text: CHOICE_RULES.optOutDoesNot },
          { text: "Kayda istediğiniz zaman yeniden katılabilirsiniz." },
          {
            text: "Islington'daki CareMyWay'den ya da Camden'daki CIDR'den çıktıysanız, yeniden kayıttan çıkmanız gerekmez.",
            spoken: "Islington'daki Ker May Vey programından ya da Camden'daki Si Ay Di Ar programından çıktıysanız, yeniden kayıttan çıkmanız gerekmez.",
          },
        ],
      },
      {
        heading: "Kayıttan çıkmadan önce iyice düşünün",
        points: ["Acil bir durumda bile birleşik geçmiş görünmez", "Kararlar daha uzun sürebilir"],
        cues: CHOICE_RULES.emergencyWarning.paragraphs.map((text) => ({ text })),
      },
      {
        heading: "Tercihinizi yapın",
        points: ["İnternet üzerinden", "Kâğıt formla", "Telefonla"],
        cues: [
          { text: "Tercihinizi internet üzerinden, kâğıt formla ya da telefonla yapabilirsiniz." },
          { text: "Telefon numaramız ve kâğıt form web sitemizde yer alıyor." },
        ],
      },
    ],
  },
];

export const FILM_PAGE: Localised<typeof English.FILM_PAGE> = {
  href: ROUTES.film,
  title: "Birleşik kayıt hakkındaki filmi izleyin",
  description: "Birleşik sağlık ve bakım kaydını anlatan, altyazılı ve metni (transkripti) olan kısa bir film.",
  lede: "Bu kısa film, birleşik kaydın nasıl çalıştığını, size nasıl yardımcı olduğunu ve sahip olduğunuz tercihi anlatıyor.",
  captionsHint: "Filmin altyazıları var. Altyazıları açmak ya da kapatmak için video oynatıcıdaki CC ya da altyazı düğmesini kullanın.",
  videoLabel: "Film: birleşik sağlık ve bakım kaydınız",
  captionsLabel: "Türkçe",
  noVideoSupport: "Tarayıcınız bu filmi oynatamıyor. Filmi indirebilir ya da aşağıdaki metni (transkripti) okuyabilirsiniz.",
  chaptersHeading: "Bölümler",
  chaptersTrackLabel: "Bölümler",
  lengthPrefix: "Süre:",
  fallbackLinkText: "Filmi indirin",
  transcriptHeading: "Filmin metni (transkript)",
  downloadHeading: "Filmi indirin",
  downloadLinkText: "Filmi indirin",
  captionsDownloadText: "Altyazıları indirin (WebVTT)",
  chapterStartsAt: "başlangıç:",
  fileName: "joined-up-record-film.mp4",
};

/** Plain-language running time, such as "2 dakika 15 saniye". */
export const formatDuration: Localised<typeof English.formatDuration> = (totalSeconds) => {
  const whole = Math.round(totalSeconds);
  const minutes = Math.floor(whole / 60);
  const seconds = whole % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(icu("tr", "{minutes, plural, one {# dakika} other {# dakika}}", { minutes }));
  if (seconds > 0 || minutes === 0) parts.push(icu("tr", "{seconds, plural, one {# saniye} other {# saniye}}", { seconds }));
  return parts.join(" ");
};
