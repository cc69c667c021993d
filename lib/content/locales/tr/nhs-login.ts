import type * as English from "../../nhs-login";
import type { Localised } from "../../../i18n/localised";

// Every resident-facing word about NHS login and "Check your choice", in
// Turkish (the English: lib/content/nhs-login.ts). "NHS login" is a name and
// stays as it is; "NHS login hesabı" (account) carries the Turkish endings.

const NOTHING_CHANGED = "Hiçbir şey değişmedi ve hiçbir tercih kaydedilmedi.";

export const NHS_LOGIN_START: Localised<typeof English.NHS_LOGIN_START> = {
  heading: "NHS login hesabınız varsa",
  intro:
    "Tercihinizi hızlıca yapmak için NHS login hesabınızı (NHS App için kullandığınız hesabın aynısı) kullanın: adınızı, doğum tarihinizi ya da NHS numaranızı sormamız veya size güvenlik kodu göndermemiz gerekmez.",
  button: "NHS login ile devam et",
  otherwiseHeading: "NHS login hesabınız yoksa",
  otherwise: "Tercihinizi yine burada yapabilirsiniz. Size kendinizle ilgili bazı sorular sorar ve e-posta adresinize bir güvenlik kodu göndeririz.",
  checkIntro: "NHS login ile giriş yaptığınızda, şu anki tercihinizi ve geçmişini görebilirsiniz.",
  checkLink: "Tercihinizi kontrol edin",
};

/** The page for each reason an NHS login sign-in could not be used. Nothing was recorded in any of them. */
export const NHS_LOGIN_PROBLEMS: Localised<typeof English.NHS_LOGIN_PROBLEMS> = {
  cancelled: {
    title: "NHS login ile girişi tamamlamadınız",
    paragraphs: ["NHS login ile girişi yarıda bıraktınız. Bu yüzden hiçbir şey değişmedi ve hiçbir tercih kaydedilmedi."],
    tryAgain: true,
  },
  "access-denied": {
    title: "NHS login bilgilerinizi görmemize izin vermedi",
    paragraphs: [
      `NHS login, bilgilerinizi bu hizmetle paylaşmayı kabul etmediğinizi bildirdi. Bu yüzden kim olduğunuzu doğrulayamadık. ${NOTHING_CHANGED}`,
    ],
    tryAgain: true,
  },
  "login-required": {
    title: "NHS login hesabınıza yeniden giriş yapmanız gerekiyor",
    paragraphs: [`NHS login, kim olduğunuzu doğrulamadan önce yeniden giriş yapmanızı istedi. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "provider-error": {
    title: "NHS login kim olduğunuzu doğrulayamadı",
    paragraphs: [`NHS login ile bu hizmet arasında bir sorun oluştu. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "no-sign-in": {
    title: "NHS login girişinizin süresi doldu",
    paragraphs: [`Bu cihazda başlattığınız girişi bulamadık ya da giriş 15 dakikadan daha uzun süre önce başlatıldı. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  replayed: {
    title: "Bu NHS login girişi zaten kullanıldı",
    paragraphs: [
      `Her giriş yalnızca bir kez kullanılabilir. Giriş yaptıktan sonra geri gittiyseniz ya da sayfayı yenilediyseniz bu olabilir. ${NOTHING_CHANGED}`,
    ],
    tryAgain: true,
  },
  "state-mismatch": {
    title: "Bu girişi ziyaretinizle eşleştiremedik",
    paragraphs: [
      "NHS login tarafından gönderilen yanıt, bu cihazın başlattığı girişle eşleşmedi. Bir bağlantı değiştirildiyse ya da buraya başka bir web sitesinden yönlendirildiyseniz bu olabilir.",
      NOTHING_CHANGED,
    ],
    tryAgain: true,
  },
  "code-rejected": {
    title: "NHS login bu girişi kabul etmedi",
    paragraphs: [`NHS login, geri gönderdiğimiz girişin geçerli olmadığını ya da daha önce kullanıldığını bildirdi. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "nonce-mismatch": {
    title: "Bu girişi ziyaretinizle eşleştiremedik",
    paragraphs: [`NHS login tarafından gönderilen kimlik, bu cihazın başlattığı girişten farklı bir girişe ait. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "token-signature": {
    title: "Bilgilerinizin NHS login tarafından gönderildiğini doğrulayamadık",
    paragraphs: [`Aldığımız bilgiler NHS login tarafından imzalanmamıştı. Bu yüzden bu bilgileri kullanamıyoruz. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "token-expired": {
    title: "NHS login ile giriş çok uzun sürdü",
    paragraphs: [`NHS login tarafından gönderilen bilgilerin süresi, biz onları kullanamadan doldu. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "token-invalid": {
    title: "NHS login tarafından gönderilen bilgileri kullanamadık",
    paragraphs: [`NHS login tarafından gönderilen bilgiler bu hizmet için değildi ya da eksikti. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "vot-too-low": {
    title: "NHS login hesabınızda kimliğinizin kanıtlanması gerekiyor",
    paragraphs: [
      "Tercihinizi NHS login ile yapmak ya da kontrol etmek için NHS login hesabınızın tam olarak doğrulanmış olması gerekir: kim olduğunuzu bir kez, fotoğraflı kimlik belgesiyle, NHS App'te ya da NHS login web sitesinde kanıtlarsınız.",
      `${NOTHING_CHANGED} NHS login hesabınızda kim olduğunuzu kanıtlayıp geri gelebilir ya da bunun yerine tercihinizi NHS login olmadan yapabilirsiniz.`,
    ],
    tryAgain: false,
  },
  "no-nhs-number": {
    title: "NHS login bize NHS numaranızı vermedi",
    paragraphs: [
      "NHS login hesabınızı tercihiniz için kullanabilmemiz için NHS numaranızı NHS login üzerinden almamız gerekir. Ancak NHS login hesabınızda sizin için kayıtlı bir NHS numarası yoktu.",
      `${NOTHING_CHANGED} Bunun yerine tercihinizi NHS login olmadan yapabilirsiniz.`,
    ],
    tryAgain: false,
  },
  "nhs-number-differs": {
    title: "Verdiğiniz NHS numarası, NHS login hesabınızdaki numara değil",
    paragraphs: [
      "Daha önce bir NHS numarası yazdınız, ancak NHS login hesabınızda sizin için farklı bir numara var. NHS login hesabınız yalnızca kendinizle ilgili bir tercih için kullanılabilir.",
      `${NOTHING_CHANGED} Başka biri adına tercih yapıyorsanız, NHS login olmadan devam edin.`,
    ],
    tryAgain: false,
  },
  "under-16": {
    title: "Bu hizmeti henüz kullanamazsınız",
    paragraphs: [
      "NHS login hesabınız 16 yaşından küçük olduğunuzu gösteriyor. 16 yaşına girene kadar bu tercihi sizin adınıza, üzerinizde ebeveyn sorumluluğu olan bir ebeveyn ya da vasi yapar.",
      `${NOTHING_CHANGED} Bir ebeveyn ya da vasi, tercihi sizin adınıza internet üzerinden, kâğıt formla ya da telefonla yapabilir.`,
    ],
    tryAgain: false,
  },
  "provider-unavailable": {
    title: "NHS login şu anda kullanılamıyor",
    paragraphs: [`NHS login hizmetine ulaşamadık. ${NOTHING_CHANGED} Daha sonra yeniden deneyin ya da tercihinizi NHS login olmadan yapın.`],
    tryAgain: true,
  },
};

export const NHS_LOGIN_PROBLEM_LINKS: Localised<typeof English.NHS_LOGIN_PROBLEM_LINKS> = {
  tryAgain: "NHS login ile yeniden deneyin",
  withoutNhsLogin: "Tercihinizi NHS login olmadan yapın",
  optOutWithout: "NHS login olmadan kayıttan çıkın",
  optInWithout: "NHS login olmadan kayda yeniden katılın",
  home: "Ana sayfaya gidin",
};

export const CHECK_YOUR_CHOICE: Localised<typeof English.CHECK_YOUR_CHOICE> = {
  title: "Tercihinizi kontrol edin",
  signInTitle: "Tercihinizi NHS login ile kontrol edin",
  signInIntro:
    "Birleşik bakım kaydıyla ilgili şu anki tercihinizi ve NHS numaranız için kaydedilmiş her kararı görmek için NHS login ile giriş yapın.",
  signedInAs: (name, nhsNumber) => `NHS login ile giriş yaptınız: ${name}, NHS numarası ${nhsNumber}.`,
  currentHeading: "Şu anki tercihiniz",
  current: {
    participating: "Bilgileriniz birleşik bakım kaydına dahil.",
    "opted-out": "Kayıttan çıktınız. Bilgileriniz birleşik bakım kaydı üzerinden paylaşılmıyor.",
  },
  currentSince: (date) => `Şu tarihten beri: ${date}.`,
  noDecisions:
    "NHS numaranız için kaydedilmiş bir karar yok. Bu yüzden bilgileriniz kayda dahil (kayıttan çıkmayan herkes kayda dahildir).",
  carriedAcross: (scheme) => `${scheme} programından çıkma kararınız birleşik kayda aktarıldı: yeniden bir şey yapmanız gerekmedi.`,
  awaitingReview: "Bir karar, ekibimizin kontrol etmesini bekliyor. O zamana kadar tercihiniz olduğu gibi kalır.",
  historyHeading: "NHS numaranız için verilen tüm kararlar",
  historyCaption: "NHS numaranız için verilen kararlar (en yenisi en üstte)",
  historyHead: ["Tarih", "Karar", "Nasıl", "Kararı veren", "Referans", "Durum"],
  choiceLabel: { OPT_OUT: "Kayıttan çıkma", OPT_IN: "Kayda katılma" },
  channelLabel: {
    ONLINE: "İnternet üzerinden",
    PAPER: "Kâğıt form",
    PHONE: "Telefon",
    CAREMYWAY_IMPORT: "CareMyWay (Islington)",
    CIDR_IMPORT: "CIDR (Camden)",
  },
  statusLabel: { EFFECTIVE: "Geçerli", AWAITING_REVIEW: "Kontrol bekliyor", WITHDRAWN: "Geri çekildi" },
  madeBySelf: "Siz",
  madeByProxy: (name, relationship) => `${name} (${relationship})`,
  changeHeading: "Tercihinizi değiştirin",
  optOutButton: "Şimdi kayıttan çık",
  optInButton: "Şimdi kayda yeniden katıl",
  changeHint: "NHS login ile giriş yaptığınız için, değişikliğiniz bir sonraki sayfada onu onayladığınız anda geçerli olur.",
  receiptLink: "Bir makbuz indirin (PDF)",
  signOut: "Bu hizmetten çıkış yapın",
  receiptTitle: "Birleşik bakım kaydıyla ilgili tercihiniz",
  receiptSubject: "Tercihinizin ve geçmişinin makbuzu",
  receiptIssued: (date) => `Bu makbuz, NHS login ile giriş yapan kişi için hazırlandı: ${date}.`,
  receiptFooter: "Kuzey Londra birleşik bakım kaydı: tercihiniz",
  receiptPage: "Sayfa",
};

/** The journey's details from NHS login: shown on check your answers, never asked. */
export const NHS_LOGIN_DETAILS: Localised<typeof English.NHS_LOGIN_DETAILS> = {
  title: "NHS login tarafından doğrulanan bilgileriniz",
  intro: "NHS login bu bilgileri doğruladı. Bu yüzden bunları size sormayacağız. Bu bilgiler burada değiştirilemez.",
  madeBy: "Kendim (NHS login ile giriş yapıldı)",
  notGiven: "Verilmedi",
  sessionEnded:
    "NHS login girişiniz sona erdi. Bu yüzden bu tercihi sizin tercihiniz olarak gönderemiyoruz. Baştan başlayıp NHS login ile devam edin ya da tercihinizi NHS login olmadan yapın.",
};
