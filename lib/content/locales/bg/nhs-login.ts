import type * as English from "../../nhs-login";
import type { Localised } from "../../../i18n/localised";

// Every resident-facing word about NHS login and "Check your choice", in Bulgarian.
// "NHS login" and "NHS App" are names and stay as they are.

const NOTHING_CHANGED = "Нищо не е променено и не е записан избор.";

export const NHS_LOGIN_START: Localised<typeof English.NHS_LOGIN_START> = {
  heading: "Ако имате NHS login",
  intro:
    "Използвайте своя NHS login (същия, който използвате за NHS App), за да направите избора си бързо: няма да се налага да ви питаме за името, датата на раждане или NHS номера ви, нито да ви изпращаме код за сигурност.",
  button: "Продължете с NHS login",
  otherwiseHeading: "Ако нямате NHS login",
  otherwise: "Пак можете да направите избора си тук. Ще ви зададем няколко въпроса за вас и ще изпратим код за сигурност на имейл адреса ви.",
  checkIntro: "Когато влезете с NHS login, можете да видите текущия си избор и неговата история.",
  checkLink: "Проверете избора си",
};

export const NHS_LOGIN_PROBLEMS: Localised<typeof English.NHS_LOGIN_PROBLEMS> = {
  cancelled: {
    title: "Не завършихте влизането с NHS login",
    paragraphs: ["Прекъснахте влизането с NHS login, затова нищо не е променено и не е записан избор."],
    tryAgain: true,
  },
  "access-denied": {
    title: "NHS login не ни позволи да видим данните ви",
    paragraphs: [
      `NHS login ни съобщи, че не сте се съгласили да споделите данните си с тази услуга, затова не успяхме да потвърдим кои сте. ${NOTHING_CHANGED}`,
    ],
    tryAgain: true,
  },
  "login-required": {
    title: "Трябва да влезете отново в NHS login",
    paragraphs: [`NHS login поиска да влезете отново, преди да може да потвърди кои сте. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "provider-error": {
    title: "NHS login не успя да потвърди кои сте",
    paragraphs: [`Нещо се обърка във връзката между NHS login и тази услуга. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "no-sign-in": {
    title: "Влизането ви с NHS login е изтекло",
    paragraphs: [`Не открихме влизането, което започнахте на това устройство, или то е било преди повече от 15 минути. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  replayed: {
    title: "Това влизане с NHS login вече е използвано",
    paragraphs: [
      `Всяко влизане може да се използва само веднъж. Това може да се случи, ако сте се върнали назад или сте презаредили страницата след влизането. ${NOTHING_CHANGED}`,
    ],
    tryAgain: true,
  },
  "state-mismatch": {
    title: "Не успяхме да свържем това влизане с посещението ви",
    paragraphs: [
      "Отговорът от NHS login не съвпадна с влизането, започнато на това устройство. Това може да се случи, ако някоя връзка е била променена или сте били изпратени тук от друг уебсайт.",
      NOTHING_CHANGED,
    ],
    tryAgain: true,
  },
  "code-rejected": {
    title: "NHS login не прие това влизане",
    paragraphs: [`NHS login съобщи, че влизането, което върнахме, не е валидно или вече е използвано. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "nonce-mismatch": {
    title: "Не успяхме да свържем това влизане с посещението ви",
    paragraphs: [`Самоличността, изпратена от NHS login, принадлежи на друго влизане, а не на това, започнато на това устройство. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "token-signature": {
    title: "Не успяхме да проверим, че данните ви идват от NHS login",
    paragraphs: [`Данните, които получихме, не бяха подписани от NHS login, затова не можем да ги използваме. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "token-expired": {
    title: "Влизането ви с NHS login отне твърде много време",
    paragraphs: [`Данните, изпратени от NHS login, бяха изтекли, преди да успеем да ги използваме. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "token-invalid": {
    title: "Не можахме да използваме данните, изпратени от NHS login",
    paragraphs: [`Данните, които получихме от NHS login, не бяха предназначени за тази услуга или бяха непълни. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "vot-too-low": {
    title: "Трябва да потвърдите самоличността си в NHS login",
    paragraphs: [
      "За да направите или проверите избора си с NHS login, вашият NHS login трябва да е напълно потвърден: доказвате кои сте веднъж, с документ със снимка, в NHS App или на уебсайта на NHS login.",
      `${NOTHING_CHANGED} Можете да докажете самоличността си в NHS login и да се върнете или да направите избора си без NHS login.`,
    ],
    tryAgain: false,
  },
  "no-nhs-number": {
    title: "NHS login не ни даде вашия NHS номер",
    paragraphs: [
      "За да използваме NHS login за избора ви, ни трябва вашият NHS номер от NHS login, а NHS login нямаше такъв за вас.",
      `${NOTHING_CHANGED} Можете вместо това да направите избора си без NHS login.`,
    ],
    tryAgain: false,
  },
  "nhs-number-differs": {
    title: "NHS номерът, който посочихте, не е този във вашия NHS login",
    paragraphs: [
      "По-рано въведохте NHS номер, а NHS login има друг номер за вас. Вашият NHS login може да се използва само за избор, който се отнася за вас самите.",
      `${NOTHING_CHANGED} Ако правите избор за друг човек, продължете без NHS login.`,
    ],
    tryAgain: false,
  },
  "under-16": {
    title: "Още не можете да използвате тази услуга",
    paragraphs: [
      "Според вашия NHS login сте под 16 години. Докато навършите 16 години, този избор вместо вас прави родител или настойник с родителска отговорност.",
      `${NOTHING_CHANGED} Родител или настойник може да направи избора вместо вас онлайн, на хартия или по телефона.`,
    ],
    tryAgain: false,
  },
  "provider-unavailable": {
    title: "NHS login в момента не е достъпен",
    paragraphs: [`Не успяхме да се свържем с NHS login. ${NOTHING_CHANGED} Опитайте отново по-късно или направете избора си без NHS login.`],
    tryAgain: true,
  },
};

export const NHS_LOGIN_PROBLEM_LINKS: Localised<typeof English.NHS_LOGIN_PROBLEM_LINKS> = {
  tryAgain: "Опитайте отново с NHS login",
  withoutNhsLogin: "Направете избора си без NHS login",
  optOutWithout: "Откажете участие без NHS login",
  optInWithout: "Включете се отново без NHS login",
  home: "Към началната страница",
};

export const CHECK_YOUR_CHOICE: Localised<typeof English.CHECK_YOUR_CHOICE> = {
  title: "Проверете избора си",
  signInTitle: "Проверете избора си с NHS login",
  signInIntro:
    "Влезте с NHS login, за да видите текущия си избор за обединеното досие за грижи и всяко решение, записано за вашия NHS номер.",
  signedInAs: (name, nhsNumber) => `Влезли сте с NHS login като ${name}, NHS номер ${nhsNumber}.`,
  currentHeading: "Текущият ви избор",
  current: {
    participating: "Информацията ви е включена в обединеното досие за грижи.",
    "opted-out": "Отказали сте участие. Информацията ви не се споделя чрез обединеното досие за грижи.",
  },
  currentSince: (date) => `От ${date}`,
  noDecisions:
    "Нямаме записани решения за вашия NHS номер, затова информацията ви е включена (всички са включени, освен ако не откажат участие).",
  carriedAcross: (scheme) => `Отказът ви от участие в ${scheme} беше пренесен: не се наложи да правите нищо отново.`,
  awaitingReview: "Едно решение чака проверка от нашия екип. Дотогава изборът ви остава какъвто беше.",
  historyHeading: "Всички решения за вашия NHS номер",
  historyCaption: "Решения за вашия NHS номер, най-новите първи",
  historyHead: ["Дата", "Решение", "Как", "Направено от", "Референтен номер", "Състояние"],
  choiceLabel: { OPT_OUT: "Отказ от участие", OPT_IN: "Включване" },
  channelLabel: { ONLINE: "Онлайн", PAPER: "Хартиен формуляр", PHONE: "Телефон", CAREMYWAY_IMPORT: "CareMyWay (Islington)", CIDR_IMPORT: "CIDR (Camden)" },
  statusLabel: { EFFECTIVE: "В сила", AWAITING_REVIEW: "Чака проверка", WITHDRAWN: "Оттеглено" },
  madeBySelf: "Вие",
  madeByProxy: (name, relationship) => `${name} (${relationship})`,
  changeHeading: "Променете избора си",
  optOutButton: "Откажете участие сега",
  optInButton: "Включете се отново сега",
  changeHint: "Тъй като влязохте с NHS login, промяната ви влиза в сила веднага щом я потвърдите на следващата страница.",
  receiptLink: "Изтеглете разписка (PDF)",
  signOut: "Излезте от тази услуга",
  receiptTitle: "Вашият избор за обединеното досие за грижи",
  receiptSubject: "Разписка за вашия избор и неговата история",
  receiptIssued: (date) => `Изготвено на ${date} за човека, влязъл с NHS login.`,
  receiptFooter: "Обединено досие за грижи в Северен Лондон: вашият избор",
  receiptPage: "Страница",
};

export const NHS_LOGIN_DETAILS: Localised<typeof English.NHS_LOGIN_DETAILS> = {
  title: "Вашите данни от NHS login",
  intro: "NHS login потвърди тези данни, затова няма да ви питаме за тях. Те не могат да се променят тук.",
  madeBy: "За мен (влязох с NHS login)",
  notGiven: "Не е посочено",
  sessionEnded:
    "Влизането ви с NHS login е приключило, затова не можем да изпратим този избор като ваш. Започнете отначало и продължете с NHS login или направете избора си без него.",
};
