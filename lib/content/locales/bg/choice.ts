import type * as English from "../../choice";
import { onLines, type SiteLinks } from "../../email-layout";
import { icu } from "../../../i18n/icu";
import type { Localised } from "../../../i18n/localised";
import { CHILD_AGE_LIMIT, EVIDENCE_MAX_MEGABYTES } from "../../../validation/limits";
import { PROGRAMME } from "../../programme";
import { CONTACT_DETAILS } from "./contact-details";
import { DECISION_ERRORS } from "./decision-errors";
import { withinWorkingDays } from "./programme-text";
import { CHOICE_RULES } from "./rules";

// Every word of the online opt-out and opt-in journeys, their emails and the
// paper form, in Bulgarian. Each option's `value` and each journey's `choice`
// is what the server reads, so they stay exactly as in English.

const EVIDENCE_CHECK_WITHIN = withinWorkingDays(PROGRAMME.responseTimes.evidenceCheckWorkingDays);

/** "16 години", through ICU plurals. */
const years = (count: number) => icu("bg", "{count, plural, one {# година} other {# години}}", { count });
const CHILD_AGE = years(CHILD_AGE_LIMIT);
const MAX_FILE = `${EVIDENCE_MAX_MEGABYTES} МБ`;

export const JOURNEYS: Localised<typeof English.JOURNEYS> = {
  "opt-out": {
    choice: "OPT_OUT",
    title: "Откажете участие в обединеното досие за грижи",
    intro: [
      "Ако откажете участие, здравните и социалните работници в Barnet, Camden, Enfield, Haringey и Islington няма да виждат информацията ви в обединеното досие за грижи.",
      CHOICE_RULES.optOutDoesNot,
      ...CHOICE_RULES.emergencyWarning.paragraphs,
      `Можете да откажете участие за себе си, за дете под ${CHILD_AGE}, за което имате родителска отговорност, или за човек, за когото действате като пълномощник по трайно пълномощно за здраве и благосъстояние или като представител (deputy), назначен от съда.`,
    ],
  },
  "opt-in": {
    choice: "OPT_IN",
    title: "Включете се отново в обединеното досие за грижи",
    intro: [
      "Ако преди сте отказали участие, можете да се включите отново по всяко време. Тогава здравните и социалните работници ще могат да виждат информацията ви в обединеното досие за грижи, когато се грижат за вас.",
      `Можете да го направите за себе си, за дете под ${CHILD_AGE}, за което имате родителска отговорност, или за човек, за когото действате като пълномощник по трайно пълномощно за здраве и благосъстояние или като представител (deputy), назначен от съда.`,
    ],
  },
};

export const START_PAGE: Localised<typeof English.START_PAGE> = {
  beforeYouStart: "Преди да започнете",
  youWillNeed: "Ще ви трябват:",
  needs: [
    "името, датата на раждане и пощенският код на домашния адрес на човека",
    "неговият NHS номер, ако го знаете (можете да продължите и без него)",
    "имейл адрес, който можете да отворите сега, за да получите код за сигурност",
    "ако действате от името на някого: копие от доказателството ви (например акт за раждане или трайно пълномощно) или можете да го изпратите по пощата",
  ],
  takes: "Отнема около 5 минути.",
  startButton: "Започнете сега",
  paperIntro: "Можете също да",
  paperLink: "изтеглите хартиен формуляр (PDF)",
  paperOutro: "и да ни го изпратите попълнен по пощата.",
};

export const COMMON: Localised<typeof English.COMMON> = {
  backLink: "Назад",
  continue: "Продължете",
  change: "Промяна",
  errorSummaryHeading: "Има проблем",
  optional: "(по желание)",
  tooManyRequests: `Опитахте твърде много пъти. Изчакайте един час и опитайте отново или ни се обадете на ${CONTACT_DETAILS.phone}.`,
  tooManyForThisPerson: `Днес получихме твърде много избори за този NHS номер, затова не можем да приемем още един онлайн. Опитайте отново утре или ни се обадете на ${CONTACT_DETAILS.phone}.`,
  notSaved: "За съжаление има проблем с услугата и този отговор не беше запазен. Опитайте отново след няколко минути.",
};

export const WHO_FOR: Localised<typeof English.WHO_FOR> = {
  title: "За кого е този избор?",
  options: [
    { value: "SELF", label: "За мен" },
    { value: "PARENT_OR_GUARDIAN", label: `За дете под ${CHILD_AGE}, за което имам родителска отговорност` },
    { value: "ATTORNEY", label: "За човек, за когото действам като пълномощник по трайно пълномощно за здраве и благосъстояние" },
    { value: "DEPUTY", label: "За човек, за когото действам като представител (deputy), назначен от съда" },
  ],
  errors: { required: "Изберете за кого е изборът" },
};

export const ABOUT_YOU: Localised<typeof English.ABOUT_YOU> = {
  title: "За вас",
  hint: "Тъй като правите този избор от името на друг човек, ни трябват и вашите данни.",
  proxyName: { label: "Вашето пълно име" },
  proxyRelationship: { label: "Връзката ви с човека", hint: "Например майка, баща, настойник, син или дъщеря" },
  errors: {
    proxyNameRequired: "Въведете пълното си име",
    proxyNameTooLong: DECISION_ERRORS.proxyName.tooLong,
    proxyNameCharacters: "Името ви трябва да съдържа само букви, интервали, тирета и апострофи",
    relationshipRequired: "Въведете връзката си с човека",
    relationshipTooLong: DECISION_ERRORS.proxyRelationship.tooLong,
    relationshipCharacters: "Отговорът за връзката ви с човека трябва да съдържа само букви, интервали, тирета и апострофи",
  },
};

export const NAME: Localised<typeof English.NAME> = {
  titleSelf: "Как се казвате?",
  titleProxy: "Как се казва човекът?",
  givenName: { label: "Собствено име" },
  familyName: { label: "Фамилно име" },
  errors: {
    givenNameRequired: "Въведете собственото име",
    givenNameTooLong: DECISION_ERRORS.givenName.tooLong,
    givenNameCharacters: "Собственото име трябва да съдържа само букви, интервали, тирета и апострофи",
    familyNameRequired: "Въведете фамилното име",
    familyNameTooLong: DECISION_ERRORS.familyName.tooLong,
    familyNameCharacters: "Фамилното име трябва да съдържа само букви, интервали, тирета и апострофи",
  },
};

export const DATE_OF_BIRTH: Localised<typeof English.DATE_OF_BIRTH> = {
  titleSelf: "Каква е датата ви на раждане?",
  titleProxy: "Каква е датата на раждане на човека?",
  hint: "Например 15 3 1984",
  day: "Ден",
  month: "Месец",
  year: "Година",
  errors: {
    required: "Въведете дата на раждане",
    missingDay: "Датата на раждане трябва да съдържа ден",
    missingMonth: "Датата на раждане трябва да съдържа месец",
    missingYear: "Датата на раждане трябва да съдържа година",
    yearFourDigits: "Годината трябва да е от 4 цифри",
    invalid: DECISION_ERRORS.dateOfBirth.invalid,
    future: DECISION_ERRORS.dateOfBirth.future,
    tooOld: DECISION_ERRORS.dateOfBirth.tooOld,
    childTooOld: `Детето трябва да е под ${CHILD_AGE}. Младите хора на ${CHILD_AGE} или повече правят своя избор сами`,
  },
};

export const NHS_NUMBER: Localised<typeof English.NHS_NUMBER> = {
  titleSelf: "Какъв е вашият NHS номер?",
  titleProxy: "Какъв е NHS номерът на човека?",
  label: "NHS номер (по желание)",
  hint: "Това е номер от 10 цифри, например 999 123 4567. Оставете полето празно, ако не го знаете.",
  helpSummary: "Къде да намерите NHS номер",
  help: [
    "Можете да намерите NHS номера във всяко писмо или документ от NHS, в рецепта, в приложението NHS App или като попитате в практиката на личния лекар.",
    "Ако не го знаете, оставете полето празно. Ще намерим досието на човека по името, датата на раждане и пощенския код.",
  ],
};

export const POSTCODE: Localised<typeof English.POSTCODE> = {
  titleSelf: "Какъв е пощенският код на домашния ви адрес?",
  titleProxy: "Какъв е пощенският код на домашния адрес на човека?",
  label: "Пощенски код",
  hint: "Например N1 1AA",
  errors: { required: "Въведете пощенски код", tooLong: "Пощенският код трябва да е до 8 знака" },
};

export const GP_PRACTICE: Localised<typeof English.GP_PRACTICE> = {
  titleSelf: "В практиката на кой личен лекар сте регистрирани?",
  titleProxy: "В практиката на кой личен лекар е регистриран човекът?",
  label: "Практика на личния лекар (по желание)",
  hint: "Изберете от практиките в Barnet, Camden, Enfield, Haringey и Islington. Оставете полето както е, ако практиката не е в списъка или не знаете.",
  none: "Не е в списъка или не знам",
  errors: { unknown: "Изберете практика на личен лекар от списъка" },
};

export const NOT_ELIGIBLE: Localised<typeof English.NOT_ELIGIBLE> = {
  title: "Не можете да използвате тази услуга",
  paragraphs: [
    "Обединеното досие за грижи обхваща хората, които живеят в Barnet, Camden, Enfield, Haringey или Islington или са регистрирани при личен лекар там. Пощенският код и практиката на личния лекар, които посочихте, са извън тези райони.",
  ],
  whatToDoHeading: "Какво можете да направите вместо това",
  alternatives: [
    {
      text: "Изберете дали поверителната ви информация като пациент да се използва за изследвания и планиране чрез националния отказ от използване на данни (national data opt-out)",
      href: "https://www.nhs.uk/your-nhs-data-matters/",
    },
    {
      text: "Научете за общото досие за грижи там, където живеете, от практиката на личния си лекар или от местната община",
      href: "https://www.nhs.uk/service-search/find-a-gp",
    },
  ],
  changeAnswers: "Ако сте сгрешили,",
  changePostcode: "променете пощенския код",
  or: "или",
  changeGp: "променете практиката на личния лекар",
};

export const EVIDENCE: Localised<typeof English.EVIDENCE> = {
  title: "Доказателство, че можете да действате от името на човека",
  hint: "За дете това може да е акт за раждане или съдебно решение. За възрастен: трайно пълномощно за здраве и благосъстояние или съдебно решение, с което сте назначени за представител (deputy).",
  methodLegend: "Как ще изпратите доказателството си?",
  methods: [
    { value: "UPLOAD", label: "Ще го кача сега" },
    { value: "POST", label: "Ще изпратя копие по пощата" },
  ],
  fileLabel: "Качете файл",
  fileHint: `Само ако сте избрали да го качите сега. Файл във формат PDF, JPEG или PNG, по-малък от ${MAX_FILE}. Снимка на документа също е подходяща.`,
  alreadyUploaded: (fileName) => `Качихте ${fileName}. Изберете друг файл, ако искате да го замените.`,
  postAddressIntro: "Изпратете копие (не оригинала) по пощата на адрес:",
  errors: {
    methodRequired: "Изберете как ще изпратите доказателството си",
    fileRequired: "Изберете файл за качване",
    fileTooBig: `Избраният файл трябва да е по-малък от ${MAX_FILE}`,
    requestTooBig: `Избраният файл трябва да е по-малък от ${MAX_FILE}. Изберете по-малък файл или изберете „Ще изпратя копие по пощата“ и не избирайте файл`,
    fileWrongType: "Избраният файл трябва да е във формат PDF, JPEG или PNG",
  },
};

export const DECISION: Localised<typeof English.DECISION> = {
  title: "Какво искате да направите?",
  options: [
    { value: "OPT_OUT", label: "Да откажа участие в обединеното досие за грижи" },
    { value: "OPT_IN", label: "Да се включа отново в обединеното досие за грижи" },
  ],
  errors: { required: "Изберете дали да откажете участие, или да се включите отново" },
};

export const EMAIL: Localised<typeof English.EMAIL> = {
  title: "Какъв е вашият имейл адрес?",
  label: "Имейл адрес",
  hint: "Сега ще изпратим код за сигурност на този адрес, а след това и потвърждението ви.",
  sendButton: "Изпратете кода",
  errors: {
    required: "Въведете имейл адрес",
    invalid: "Въведете имейл адрес в правилния формат, например name@example.com",
    tooLong: "Имейл адресът трябва да е до 254 знака",
  },
};

export const CONFIRM_EMAIL: Localised<typeof English.CONFIRM_EMAIL> = {
  title: "Проверете имейла си",
  sentTo: (email) => `Изпратихме 6-цифрен код за сигурност на ${email}. Той изтича след 10 минути.`,
  label: "Код за сигурност",
  hint: "Кодът е от 6 цифри",
  resendIntro: "Не сте го получили? Проверете папката за нежелана поща (спам) или",
  resendButton: "Изпратете нов код",
  resent: "Изпратихме нов код. Използвайте най-новия.",
  changeEmail: "Използвайте друг имейл адрес",
  errors: {
    required: "Въведете 6-цифрения код за сигурност",
    format: "Кодът за сигурност трябва да е от 6 цифри",
    wrong: "Кодът за сигурност не е правилен. Проверете имейла и опитайте отново",
    expired: "Кодът за сигурност е изтекъл. Изпратете нов код",
    tooManyAttempts: "Въведохте грешен код твърде много пъти. Изпратете нов код",
    resendTooSoon: "Изчакайте една минута, преди да поискате нов код",
    tooManyCodes: "Поискахте твърде много кодове. Изчакайте един час и опитайте отново",
    noCode: "Първо изпратете код за сигурност",
  },
};

export const CHECK_ANSWERS: Localised<typeof English.CHECK_ANSWERS> = {
  title: "Проверете отговорите си, преди да ги изпратите",
  rows: {
    madeBy: "За кого е изборът",
    proxyName: "Вашето име",
    proxyRelationship: "Връзката ви с човека",
    name: "Име",
    dateOfBirth: "Дата на раждане",
    nhsNumber: "NHS номер",
    postcode: "Пощенски код на домашния адрес",
    gpPractice: "Практика на личния лекар",
    evidence: "Доказателство",
    decision: "Избор",
    email: "Имейл адрес",
  },
  notGiven: "Не е посочено",
  evidenceUploaded: (fileName) => `Качено: ${fileName}`,
  evidencePost: "Ще изпратя копие по пощата",
  declarationHeading: "Сега изпратете своя избор",
  declaration:
    "Като изпращате това, потвърждавате, че информацията е вярна и, ако действате от името на някого, че имате право да направите този избор вместо него.",
  submit: "Изпратете избора ми",
  errors: {
    incomplete: "Липсват някои отговори. Отговорете на всеки въпрос и опитайте отново",
    emailNotProved: "Преди да изпратите, потвърдете имейл адреса си с код за сигурност",
  },
};

const POST_EVIDENCE_INTRO = "Изпратете копие (не оригинала) на доказателството си по пощата на адрес:";
const quoteReference = (reference: string) =>
  `Напишете референтния си номер, ${reference}, на гърба на копието или на бележка към него, за да можем да го свържем с избора ви.`;

export const CONFIRMATION: Localised<typeof English.CONFIRMATION> = {
  title: { OPT_OUT: "Отказът ви от участие е записан", OPT_IN: "Повторното ви включване е записано" },
  referenceLabel: "Вашият референтен номер",
  emailSent: (email) => `Изпратихме имейл за потвърждение на ${email}. Запазете референтния си номер, в случай че трябва да се свържете с нас.`,
  whatHappensNext: "Какво следва",
  next: {
    OPT_OUT_EFFECTIVE: [
      "Отказът ви от участие е влязъл в сила. Обединеното досие за грижи няма да показва информацията на този човек на здравните и социалните работници.",
      "Служителите все пак могат да споделят информация по телефона, по имейл или с писмо, когато е необходимо.",
    ],
    // The same words for everyone who opts back in without NHS login: they must not reveal anyone's current choice.
    OPT_IN_RECEIVED: [
      "Получихме молбата ви да се включите отново. Сверяваме всяка молба с регистъра. Ако тя променя по-ранен отказ от участие, може да не влезе в сила, докато нашият екип не я провери.",
      "За да пазим личната информация, тук не показваме дали молбата е влязла в сила, защото всеки може да изпрати този формуляр. За да разберете, влезте с NHS login и проверете избора си или се свържете с нас.",
      "Ако нашият екип не може да я приеме, ще ви пишем по имейл защо.",
    ],
    PROXY_EVIDENCE: `Нашият екип ще провери доказателството ви${EVIDENCE_CHECK_WITHIN ? ` ${EVIDENCE_CHECK_WITHIN}` : ""}. Ако не можем да го приемем, ще оттеглим избора и ще ви пишем по имейл защо.`,
  },
  postEvidence: {
    heading: "Изпратете доказателството си по пощата",
    intro: POST_EVIDENCE_INTRO,
    quoteReference,
  },
  changeMind: "Можете да промените решението си по всяко време, като откажете участие или се включите отново на този уебсайт или като ни се обадите.",
  backHome: "Обратно към началната страница на обединеното досие за грижи",
};

/** The programme's postal address, for forms and evidence: as the post needs it. */
export const RETURN_ADDRESS: Localised<typeof English.RETURN_ADDRESS> = CONTACT_DETAILS.postalAddress;
export const CONTACT_PHONE: Localised<typeof English.CONTACT_PHONE> = CONTACT_DETAILS.phone;

export const CHOICE_EMAILS: Localised<typeof English.CHOICE_EMAILS> = {
  codeSubject: "Вашият код за сигурност",
  codeBody: (code) => [
    `Вашият код за сигурност за обединеното досие за грижи в Северен Лондон е ${code}.`,
    "",
    "Той изтича след 10 минути. Ако не сте го поискали, можете да пренебрегнете този имейл.",
  ],
  confirmationSubject: (reference) => `Изборът ви е записан: референтен номер ${reference}`,
  confirmationTitle: "Вашият избор за обединеното досие за грижи",
  rows: {
    reference: "Референтен номер",
    choice: "Избор",
    status: "Състояние",
    person: "За",
    madeBy: "Направен от",
    recordedAt: "Записан на",
  },
  madeByValue: {
    SELF: "Самият човек",
    PARENT_OR_GUARDIAN: (proxyName) => `${proxyName}, родител или настойник с родителска отговорност за човека`,
    ATTORNEY: (proxyName) => `${proxyName}, пълномощник на човека по трайно пълномощно за здраве и благосъстояние`,
    DEPUTY: (proxyName) => `${proxyName}, представител (deputy) на човека, назначен от съда`,
  },
  postEvidence: (reference) => [POST_EVIDENCE_INTRO, onLines(CONTACT_DETAILS.marked.postalAddress), quoteReference(reference)],
  choiceLabel: { OPT_OUT: "Отказ от участие", OPT_IN: "Повторно включване" },
  statusLabel: { EFFECTIVE: "Влязъл в сила", AWAITING_REVIEW: "Чака проверка от нашия екип" },
  optInStatus: "Получен. Сверяваме го с регистъра",
  changeMind: (links: SiteLinks) => ["За да промените решението си по всяко време, обадете ни се или откажете участие, или се включете отново на нашия уебсайт: ", { href: links.site }],
  contact: (links: SiteLinks) => [
    `Посочете референтния си номер, когато се свържете с нас. Обадете се на ${CONTACT_DETAILS.phone}. `, CONTACT_DETAILS.marked.phoneHours, `. Пишете на ${CONTACT_DETAILS.email} или използвайте страницата за контакт на нашия уебсайт: `,
    { href: links.contact },
  ],
  emergencyWarning: CHOICE_RULES.emergencyWarning.paragraphs.join(" "),
};

export const PAPER_FORM: Localised<typeof English.PAPER_FORM> = {
  title: "Отказ от участие или повторно включване: хартиен формуляр",
  subject: "Хартиен формуляр за отказ от участие или повторно включване в обединеното досие за грижи в Северен Лондон",
  intro:
    "Използвайте този формуляр, за да откажете участие или да се включите отново в обединеното досие за здравни и социални грижи в Barnet, Camden, Enfield, Haringey и Islington. Пишете с главни печатни букви. Попълнете отделен формуляр за всеки човек.",
  formReferenceLabel: "Номер на формуляра",
  sections: {
    decision: "1. Вашият избор (отбележете едно)",
    whoFor: "2. За кого е този избор? (отбележете едно)",
    person: "3. За човека",
    proxy: "4. За вас, ако действате от името на някого",
    contact: "5. Вашите данни за връзка",
    sign: "6. Подпис и дата",
  },
  fields: {
    givenName: "Собствено име",
    familyName: "Фамилно име",
    dateOfBirth: "Дата на раждане (ДД ММ ГГГГ)",
    nhsNumber: "NHS номер, ако го знаете",
    postcode: "Пощенски код на домашния адрес",
    gpPractice: "Практика на личния лекар, ако я знаете",
    proxyName: "Вашето пълно име",
    proxyRelationship: "Връзката ви с човека",
    evidence:
      "Приложете копие (не оригинала) на доказателството си: акт за раждане или съдебно решение за дете, или трайно пълномощно за здраве и благосъстояние или съдебно решение за възрастен.",
    email: "Имейл адрес, за да получите потвърждение",
    phone: "Телефонен номер, ако нямате имейл",
    signature: "Подпис",
    date: "Дата",
  },
  rulesHeading: "Преди да попълните този формуляр",
  onlineLine: "Можете да направите избора си и онлайн на адрес",
  returnHeading: "Къде да изпратите този формуляр",
  returnIntro: `Изпратете формуляра по пощата на този адрес.${CONTACT_DETAILS.postage ? ` ${CONTACT_DETAILS.postage}` : ""}`,
  staffUse: "За служебно ползване: дата на получаване и въведено от",
};
