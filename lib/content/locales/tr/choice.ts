import type * as English from "../../choice";
import { onLines, type SiteLinks } from "../../email-layout";
import { DECISION as ENGLISH_DECISION, EVIDENCE as ENGLISH_EVIDENCE, JOURNEYS as ENGLISH_JOURNEYS, WHO_FOR as ENGLISH_WHO_FOR } from "../../choice";
import { CHILD_AGE_LIMIT, EVIDENCE_MAX_MEGABYTES } from "../../../validation/limits";
import { PROGRAMME } from "../../programme";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_DETAILS } from "./contact-details";
import { withinWorkingDays } from "./dates";
import { DECISION_ERRORS } from "./decision-errors";
import { CHOICE_RULES } from "./rules";

// Every word of the online opt-out and opt-in journeys, their emails and the
// paper form, in Turkish (the English: lib/content/choice.ts). The codes the
// forms send (SELF, OPT_OUT, UPLOAD...) stay as in English.

const EVIDENCE_CHECK_WITHIN = withinWorkingDays(PROGRAMME.responseTimes.evidenceCheckWorkingDays);

export const JOURNEYS: Localised<typeof English.JOURNEYS> = {
  "opt-out": {
    choice: ENGLISH_JOURNEYS["opt-out"].choice,
    title: "Birleşik bakım kaydından çıkın",
    intro: [
      "Birleşik kayıttan çıkarsanız, Barnet, Camden, Enfield, Haringey ve Islington'daki sağlık ve bakım çalışanları bilgilerinizi birleşik bakım kaydında görmez.",
      CHOICE_RULES.optOutDoesNot,
      ...CHOICE_RULES.emergencyWarning.paragraphs,
      `Kayıttan kendiniz için, üzerinde ebeveyn sorumluluğunuz olan ${CHILD_AGE_LIMIT} yaşından küçük bir çocuk için ya da sağlık ve refah konularında kalıcı vekâletnamesine sahip olduğunuz veya mahkemece atanmış kayyumu olduğunuz biri için çıkabilirsiniz.`,
    ],
  },
  "opt-in": {
    choice: ENGLISH_JOURNEYS["opt-in"].choice,
    title: "Birleşik bakım kaydına yeniden katılın",
    intro: [
      "Daha önce kayıttan çıktıysanız, istediğiniz zaman kayda yeniden katılabilirsiniz. Bu durumda sağlık ve bakım çalışanları, size bakım verirken bilgilerinizi birleşik bakım kaydında görebilir.",
      `Bunu kendiniz için, üzerinde ebeveyn sorumluluğunuz olan ${CHILD_AGE_LIMIT} yaşından küçük bir çocuk için ya da sağlık ve refah konularında kalıcı vekâletnamesine sahip olduğunuz veya mahkemece atanmış kayyumu olduğunuz biri için yapabilirsiniz.`,
    ],
  },
};

export const START_PAGE: Localised<typeof English.START_PAGE> = {
  beforeYouStart: "Başlamadan önce",
  youWillNeed: "İhtiyacınız olanlar:",
  needs: [
    "kişinin adı, doğum tarihi ve ev adresinin posta kodu",
    "biliyorsanız kişinin NHS numarası (bilmiyorsanız da devam edebilirsiniz)",
    "güvenlik kodu almak için şu anda açabileceğiniz bir e-posta adresi",
    "biri adına hareket ediyorsanız, belgenizin bir kopyası (örneğin doğum belgesi ya da kalıcı vekâletname); belgeyi postayla da gönderebilirsiniz",
  ],
  takes: "Yaklaşık 5 dakika sürer.",
  startButton: "Hemen başla",
  paperIntro: "İsterseniz",
  paperLink: "kâğıt formu (PDF) indirip",
  paperOutro: "doldurarak bize postayla gönderebilirsiniz.",
};

export const COMMON: Localised<typeof English.COMMON> = {
  backLink: "Geri",
  continue: "Devam et",
  change: "Değiştir",
  errorSummaryHeading: "Bir sorun var",
  optional: "(isteğe bağlı)",
  tooManyRequests: `Çok fazla deneme yaptınız. Bir saat bekleyip yeniden deneyin ya da bizi ${CONTACT_DETAILS.phone} numaralı telefondan arayın.`,
  tooManyForThisPerson: `Bu NHS numarası için bugün çok fazla tercih aldık. Bu yüzden internet üzerinden bir tercih daha kabul edemiyoruz. Yarın yeniden deneyin ya da bizi ${CONTACT_DETAILS.phone} numaralı telefondan arayın.`,
  notSaved: "Üzgünüz, hizmette bir sorun var ve bu yanıt kaydedilmedi. Birkaç dakika sonra yeniden deneyin.",
};

const [SELF, PARENT_OR_GUARDIAN, ATTORNEY, DEPUTY] = ENGLISH_WHO_FOR.options;

export const WHO_FOR: Localised<typeof English.WHO_FOR> = {
  title: "Bu tercih kimin için?",
  options: [
    { value: SELF.value, label: "Kendim" },
    { value: PARENT_OR_GUARDIAN.value, label: `Üzerinde ebeveyn sorumluluğum olan ${CHILD_AGE_LIMIT} yaşından küçük bir çocuk` },
    { value: ATTORNEY.value, label: "Sağlık ve refah konularında kalıcı vekâletnamesine sahip olduğum biri" },
    { value: DEPUTY.value, label: "Mahkemece kayyumu olarak atandığım biri" },
  ],
  errors: { required: "Tercihin kimin için olduğunu seçin" },
};

export const ABOUT_YOU: Localised<typeof English.ABOUT_YOU> = {
  title: "Sizinle ilgili bilgiler",
  hint: "Bu tercihi başka biri adına yaptığınız için sizin bilgilerinize de ihtiyacımız var.",
  proxyName: { label: "Tam adınız" },
  proxyRelationship: { label: "Kişiyle yakınlığınız", hint: "Örneğin anne, baba, vasi, oğlu ya da kızı" },
  errors: {
    proxyNameRequired: "Tam adınızı girin",
    proxyNameTooLong: DECISION_ERRORS.proxyName.tooLong,
    proxyNameCharacters: "Adınız yalnızca harf, boşluk, kısa çizgi ve kesme işareti içermelidir",
    relationshipRequired: "Kişiyle yakınlığınızı girin",
    relationshipTooLong: DECISION_ERRORS.proxyRelationship.tooLong,
    relationshipCharacters: "Yakınlık bilgisi yalnızca harf, boşluk, kısa çizgi ve kesme işareti içermelidir",
  },
};

export const NAME: Localised<typeof English.NAME> = {
  titleSelf: "Adınız ve soyadınız nedir?",
  titleProxy: "Kişinin adı ve soyadı nedir?",
  givenName: { label: "Ad" },
  familyName: { label: "Soyadı" },
  errors: {
    givenNameRequired: "Adı girin",
    givenNameTooLong: DECISION_ERRORS.givenName.tooLong,
    givenNameCharacters: "Ad yalnızca harf, boşluk, kısa çizgi ve kesme işareti içermelidir",
    familyNameRequired: "Soyadını girin",
    familyNameTooLong: DECISION_ERRORS.familyName.tooLong,
    familyNameCharacters: "Soyadı yalnızca harf, boşluk, kısa çizgi ve kesme işareti içermelidir",
  },
};

export const DATE_OF_BIRTH: Localised<typeof English.DATE_OF_BIRTH> = {
  titleSelf: "Doğum tarihiniz nedir?",
  titleProxy: "Kişinin doğum tarihi nedir?",
  hint: "Örneğin, 15 3 1984",
  day: "Gün",
  month: "Ay",
  year: "Yıl",
  errors: {
    required: "Bir doğum tarihi girin",
    missingDay: "Doğum tarihinde gün olmalıdır",
    missingMonth: "Doğum tarihinde ay olmalıdır",
    missingYear: "Doğum tarihinde yıl olmalıdır",
    yearFourDigits: "Yıl 4 rakamdan oluşmalıdır",
    invalid: DECISION_ERRORS.dateOfBirth.invalid,
    future: DECISION_ERRORS.dateOfBirth.future,
    tooOld: DECISION_ERRORS.dateOfBirth.tooOld,
    childTooOld: `Çocuk ${CHILD_AGE_LIMIT} yaşından küçük olmalıdır. ${CHILD_AGE_LIMIT} yaşında ya da daha büyük olan gençler tercihlerini kendileri yapar`,
  },
};

export const NHS_NUMBER: Localised<typeof English.NHS_NUMBER> = {
  titleSelf: "NHS numaranız nedir?",
  titleProxy: "Kişinin NHS numarası nedir?",
  label: "NHS numarası (isteğe bağlı)",
  hint: "Bu, 999 123 4567 gibi 10 haneli bir numaradır. Bilmiyorsanız boş bırakın.",
  helpSummary: "NHS numarası nerede bulunur?",
  help: [
    "NHS numarasını NHS'ten gelen herhangi bir mektupta ya da belgede, bir reçetede, NHS App'te (NHS uygulamasında) ya da aile hekimi muayenehanesine sorarak bulabilirsiniz.",
    "Bilmiyorsanız bu alanı boş bırakın. Kişinin kaydını adı, doğum tarihi ve posta kodunu kullanarak buluruz.",
  ],
};

export const POSTCODE: Localised<typeof English.POSTCODE> = {
  titleSelf: "Ev adresinizin posta kodu nedir?",
  titleProxy: "Kişinin ev adresinin posta kodu nedir?",
  label: "Posta kodu",
  hint: "Örneğin, N1 1AA",
  errors: { required: "Bir posta kodu girin", tooLong: "Posta kodu en fazla 8 karakter olmalıdır" },
};

export const GP_PRACTICE: Localised<typeof English.GP_PRACTICE> = {
  titleSelf: "Hangi aile hekimi muayenehanesine (GP) kayıtlısınız?",
  titleProxy: "Kişi hangi aile hekimi muayenehanesine (GP) kayıtlı?",
  label: "Aile hekimi muayenehanesi (isteğe bağlı)",
  hint: "Barnet, Camden, Enfield, Haringey ve Islington'daki muayenehaneler arasından seçin. Muayenehane listede yoksa ya da bilmiyorsanız, bu alanı olduğu gibi bırakın.",
  none: "Listede yok ya da bilmiyorum",
  errors: { unknown: "Listeden bir aile hekimi muayenehanesi seçin" },
};

export const NOT_ELIGIBLE: Localised<typeof English.NOT_ELIGIBLE> = {
  title: "Bu hizmeti kullanamazsınız",
  paragraphs: [
    "Birleşik bakım kaydı, Barnet, Camden, Enfield, Haringey ya da Islington'da yaşayan veya bu bölgelerdeki bir aile hekimi muayenehanesine kayıtlı olan kişileri kapsar. Verdiğiniz posta kodu ve aile hekimi muayenehanesi bu bölgelerin dışında.",
  ],
  whatToDoHeading: "Bunun yerine neler yapabilirsiniz?",
  alternatives: [
    {
      text: "Gizli hasta bilgilerinizin araştırma ve planlama için kullanılıp kullanılmayacağını, ulusal veri paylaşımından çıkma (national data opt-out) ile seçin",
      href: "https://www.nhs.uk/your-nhs-data-matters/",
    },
    {
      text: "Yaşadığınız yerdeki ortak bakım kaydı hakkında aile hekimi muayenehanenizden ya da yerel belediyenizden bilgi alın",
      href: "https://www.nhs.uk/service-search/find-a-gp",
    },
  ],
  changeAnswers: "Bir hata yaptıysanız,",
  changePostcode: "posta kodunu değiştirin",
  or: "ya da",
  changeGp: "aile hekimi muayenehanesini değiştirin",
};

const [UPLOAD, POST] = ENGLISH_EVIDENCE.methods;
const POST_LABEL = "Postayla bir kopyasını göndereceğim";

export const EVIDENCE: Localised<typeof English.EVIDENCE> = {
  title: "Kişi adına hareket edebileceğinizi gösteren belge",
  hint: "Bir çocuk için bu belge doğum belgesi ya da mahkeme kararı olabilir. Bir yetişkin için ise sağlık ve refah konularındaki kalıcı vekâletname ya da sizi kayyum olarak atayan mahkeme kararı olabilir.",
  methodLegend: "Belgenizi nasıl göndereceksiniz?",
  methods: [
    { value: UPLOAD.value, label: "Şimdi yükleyeceğim" },
    { value: POST.value, label: POST_LABEL },
  ],
  fileLabel: "Bir dosya yükleyin",
  fileHint: `Yalnızca şimdi yüklemeyi seçtiyseniz. ${EVIDENCE_MAX_MEGABYTES} MB'tan küçük bir PDF, JPEG ya da PNG dosyası. Belgenin fotoğrafı da olur.`,
  alreadyUploaded: (fileName) => `Yüklediğiniz dosya: ${fileName}. Değiştirmek için başka bir dosya seçin.`,
  postAddressIntro: "Bir kopyasını (aslını değil) şu adrese postayla gönderin:",
  errors: {
    methodRequired: "Belgenizi nasıl göndereceğinizi seçin",
    fileRequired: "Yüklemek için bir dosya seçin",
    fileTooBig: `Seçilen dosya ${EVIDENCE_MAX_MEGABYTES} MB'tan küçük olmalıdır`,
    requestTooBig: `Seçilen dosya ${EVIDENCE_MAX_MEGABYTES} MB'tan küçük olmalıdır. Daha küçük bir dosya seçin ya da "${POST_LABEL}" seçeneğini işaretleyip dosya seçmeyin`,
    fileWrongType: "Seçilen dosya PDF, JPEG ya da PNG olmalıdır",
  },
};

const [DECISION_OPT_OUT, DECISION_OPT_IN] = ENGLISH_DECISION.options;

export const DECISION: Localised<typeof English.DECISION> = {
  title: "Ne yapmak istiyorsunuz?",
  options: [
    { value: DECISION_OPT_OUT.value, label: "Birleşik bakım kaydından çıkmak" },
    { value: DECISION_OPT_IN.value, label: "Birleşik bakım kaydına yeniden katılmak" },
  ],
  errors: { required: "Kayıttan çıkmayı mı yoksa kayda yeniden katılmayı mı istediğinizi seçin" },
};

export const EMAIL: Localised<typeof English.EMAIL> = {
  title: "E-posta adresiniz nedir?",
  label: "E-posta adresi",
  hint: "Bu adrese şimdi bir güvenlik kodu, daha sonra da onay e-postanızı göndereceğiz.",
  sendButton: "Kodu gönder",
  errors: {
    required: "Bir e-posta adresi girin",
    invalid: "E-posta adresini ad@example.com gibi doğru biçimde girin",
    tooLong: "E-posta adresi en fazla 254 karakter olmalıdır",
  },
};

export const CONFIRM_EMAIL: Localised<typeof English.CONFIRM_EMAIL> = {
  title: "E-postanızı kontrol edin",
  sentTo: (email) => `${email} adresine 6 haneli bir güvenlik kodu gönderdik. Kodun süresi 10 dakika sonra dolar.`,
  label: "Güvenlik kodu",
  hint: "Kod 6 rakamdan oluşur",
  resendIntro: "Kodu almadınız mı? İstenmeyen e-posta (spam) klasörünüze bakın ya da",
  resendButton: "Yeni kod gönder",
  resent: "Yeni bir kod gönderdik. En yeni kodu kullanın.",
  changeEmail: "Başka bir e-posta adresi kullanın",
  errors: {
    required: "6 haneli güvenlik kodunu girin",
    format: "Güvenlik kodu 6 rakamdan oluşmalıdır",
    wrong: "Güvenlik kodu doğru değil. E-postayı kontrol edip yeniden deneyin",
    expired: "Güvenlik kodunun süresi doldu. Yeni bir kod gönderin",
    tooManyAttempts: "Çok fazla kez yanlış kod girdiniz. Yeni bir kod gönderin",
    resendTooSoon: "Başka bir kod istemeden önce bir dakika bekleyin",
    tooManyCodes: "Çok fazla kod istediniz. Bir saat bekleyip yeniden deneyin",
    noCode: "Önce bir güvenlik kodu gönderin",
  },
};

export const CHECK_ANSWERS: Localised<typeof English.CHECK_ANSWERS> = {
  title: "Göndermeden önce yanıtlarınızı kontrol edin",
  rows: {
    madeBy: "Tercih kimin için",
    proxyName: "Adınız",
    proxyRelationship: "Kişiyle yakınlığınız",
    name: "Ad ve soyadı",
    dateOfBirth: "Doğum tarihi",
    nhsNumber: "NHS numarası",
    postcode: "Ev adresinin posta kodu",
    gpPractice: "Aile hekimi muayenehanesi",
    evidence: "Belge",
    decision: "Tercih",
    email: "E-posta adresi",
  },
  notGiven: "Verilmedi",
  evidenceUploaded: (fileName) => `Yüklendi: ${fileName}`,
  evidencePost: POST_LABEL,
  declarationHeading: "Şimdi tercihinizi gönderin",
  declaration:
    "Bunu göndererek bilgilerin doğru olduğunu onaylarsınız. Biri adına hareket ediyorsanız, onun adına bu tercihi yapma hakkınız olduğunu da onaylarsınız.",
  submit: "Tercihimi gönder",
  errors: {
    incomplete: "Bazı yanıtlar eksik. Tüm soruları yanıtlayıp yeniden deneyin",
    emailNotProved: "Göndermeden önce e-posta adresinizi bir güvenlik koduyla onaylayın",
  },
};

export const CONFIRMATION: Localised<typeof English.CONFIRMATION> = {
  title: { OPT_OUT: "Kayıttan çıkma kararınız kaydedildi", OPT_IN: "Kayda yeniden katılma kararınız kaydedildi" },
  referenceLabel: "Referans numaranız",
  emailSent: (email) => `${email} adresine bir onay e-postası gönderdik. Bize ulaşmanız gerekebileceği için referans numaranızı saklayın.`,
  whatHappensNext: "Bundan sonra ne olacak?",
  next: {
    OPT_OUT_EFFECTIVE: [
      "Kayıttan çıkma kararınız geçerli oldu. Birleşik bakım kaydı, bu kişinin bilgilerini sağlık ve bakım çalışanlarına göstermeyecek.",
      "Çalışanlar, gerektiğinde bilgileri yine telefonla, e-postayla ya da mektupla paylaşabilir.",
    ],
    // The same words for everyone who opts back in without NHS login: what it
    // says must not reveal anyone's current choice.
    OPT_IN_RECEIVED: [
      "Kayda yeniden katılma isteğinizi aldık. Her isteği sicile göre kontrol ederiz. İstek daha önceki bir kayıttan çıkma kararını değiştiriyorsa, ekibimiz kontrol edene kadar geçerli olmayabilir.",
      "Gizlilik nedeniyle isteğin geçerli olup olmadığını burada göstermiyoruz, çünkü bu formu herkes gönderebilir. Öğrenmek için NHS login ile giriş yapıp tercihinizi kontrol edin ya da bize ulaşın.",
      "Ekibimiz isteği kabul edemezse, nedenini size e-postayla bildiririz.",
    ],
    PROXY_EVIDENCE: `Ekibimiz belgelerinizi ${EVIDENCE_CHECK_WITHIN ? `${EVIDENCE_CHECK_WITHIN} ` : ""}kontrol edecek. Belgelerinizi kabul edemezsek tercihi geri çeker ve nedenini size e-postayla bildiririz.`,
  },
  postEvidence: {
    heading: "Belgenizi postayla gönderin",
    intro: "Belgenizin bir kopyasını (aslını değil) şu adrese postayla gönderin:",
    quoteReference: (reference) =>
      `Referans numaranızı (${reference}) kopyanın arkasına ya da kopyayla birlikte göndereceğiniz bir nota yazın. Böylece belgeyi tercihinizle eşleştirebiliriz.`,
  },
  changeMind: "Fikrinizi istediğiniz zaman değiştirebilirsiniz: bu web sitesinde kayıttan çıkarak ya da kayda yeniden katılarak veya bizi arayarak.",
  backHome: "Birleşik bakım kaydı ana sayfasına dönün",
};

/** The programme's postal address, for forms and evidence. */
export const RETURN_ADDRESS: Localised<typeof English.RETURN_ADDRESS> = CONTACT_DETAILS.postalAddress;
export const CONTACT_PHONE: Localised<typeof English.CONTACT_PHONE> = CONTACT_DETAILS.phone;

export const CHOICE_EMAILS: Localised<typeof English.CHOICE_EMAILS> = {
  codeSubject: "Güvenlik kodunuz",
  codeBody: (code) => [
    `Kuzey Londra birleşik bakım kaydı için güvenlik kodunuz: ${code}`,
    "",
    "Kodun süresi 10 dakika sonra dolar. Bu kodu siz istemediyseniz, bu e-postayı dikkate almayabilirsiniz.",
  ],
  confirmationSubject: (reference) => `Tercihiniz kaydedildi: referans ${reference}`,
  confirmationTitle: "Birleşik bakım kaydıyla ilgili tercihiniz",
  rows: {
    reference: "Referans numarası",
    choice: "Tercih",
    status: "Durum",
    person: "Kimin için",
    madeBy: "Tercihi yapan",
    recordedAt: "Kaydedildiği zaman",
  },
  madeByValue: {
    SELF: "Kişinin kendisi",
    PARENT_OR_GUARDIAN: (proxyName) => `${proxyName} (kişi üzerinde ebeveyn sorumluluğu olan ebeveyn ya da vasi)`,
    ATTORNEY: (proxyName) => `${proxyName} (kişinin sağlık ve refah konularındaki kalıcı vekâletnamesiyle atanmış vekili)`,
    DEPUTY: (proxyName) => `${proxyName} (kişinin mahkemece atanmış kayyumu)`,
  },
  postEvidence: (reference) => [CONFIRMATION.postEvidence.intro, onLines(CONTACT_DETAILS.marked.postalAddress), CONFIRMATION.postEvidence.quoteReference(reference)],
  choiceLabel: { OPT_OUT: "Kayıttan çıkma", OPT_IN: "Kayda yeniden katılma" },
  statusLabel: { EFFECTIVE: "Geçerli oldu", AWAITING_REVIEW: "Ekibimizin kontrol etmesi bekleniyor" },
  optInStatus: "Alındı. Sicile göre kontrol ediyoruz",
  changeMind: (links: SiteLinks) => [
    "Fikrinizi değiştirmek için istediğiniz zaman bizi arayabilir veya web sitemizde yeniden kayıttan çıkabilir ya da kayda yeniden katılabilirsiniz: ",
    { href: links.site },
  ],
  contact: (links: SiteLinks) => [
    `Bize ulaşırsanız referans numaranızı belirtin. ${CONTACT_DETAILS.phone} numaralı telefonu arayın (`, CONTACT_DETAILS.marked.phoneHours, `), ${CONTACT_DETAILS.email} adresine e-posta gönderin ya da web sitemizdeki iletişim sayfasını kullanın: `,
    { href: links.contact },
  ],
  emergencyWarning: CHOICE_RULES.emergencyWarning.paragraphs.join(" "),
};

export const PAPER_FORM: Localised<typeof English.PAPER_FORM> = {
  title: "Kayıttan çıkma ya da kayda yeniden katılma: kâğıt form",
  subject: "Kuzey Londra birleşik bakım kaydından çıkmak ya da bu kayda yeniden katılmak için kâğıt form",
  intro:
    "Bu formu, Barnet, Camden, Enfield, Haringey ve Islington'daki birleşik sağlık ve bakım kaydından çıkmak ya da bu kayda yeniden katılmak için kullanın. BÜYÜK HARFLERLE yazın. Her kişi için ayrı bir form doldurun.",
  formReferenceLabel: "Form referansı",
  sections: {
    decision: "1. Tercihiniz (birini işaretleyin)",
    whoFor: "2. Bu tercih kimin için? (birini işaretleyin)",
    person: "3. Kişiyle ilgili bilgiler",
    proxy: "4. Biri adına hareket ediyorsanız, sizinle ilgili bilgiler",
    contact: "5. İletişim bilgileriniz",
    sign: "6. İmza ve tarih",
  },
  fields: {
    givenName: "Ad",
    familyName: "Soyadı",
    dateOfBirth: "Doğum tarihi (GG AA YYYY)",
    nhsNumber: "NHS numarası (biliniyorsa)",
    postcode: "Ev adresinin posta kodu",
    gpPractice: "Aile hekimi muayenehanesi (biliniyorsa)",
    proxyName: "Tam adınız",
    proxyRelationship: "Kişiyle yakınlığınız",
    evidence:
      "Belgenizin bir kopyasını (aslını değil) ekleyin: bir çocuk için doğum belgesi ya da mahkeme kararı; bir yetişkin için sağlık ve refah konularındaki kalıcı vekâletname ya da mahkeme kararı.",
    email: "Onay için e-posta adresi",
    phone: "E-postanız yoksa telefon numarası",
    signature: "İmza",
    date: "Tarih",
  },
  rulesHeading: "Bu formu doldurmadan önce",
  onlineLine: "Tercihinizi internet üzerinden de yapabilirsiniz:",
  returnHeading: "Bu formu nereye göndermelisiniz?",
  returnIntro: `Formu şu adrese postayla gönderin.${CONTACT_DETAILS.postage ? ` ${CONTACT_DETAILS.postage}` : ""}`,
  staffUse: "Ofis kullanımı için: alındığı tarih ve sisteme giren kişi",
};
