import type { ProgrammeText } from "../../../i18n/programme-text";
import { icu } from "../../../i18n/icu";

// The default programme facts' free text in Bulgarian (DEFAULT_PROGRAMME_FACTS
// in lib/content/programme-schema.ts). Read it through programmeText() from
// lib/i18n/programme-text.ts, which shows the operator's English where a fact
// has changed. The postal address stays as the post needs it: only the words
// that are not part of the address ("Example address (not for post)") change.

export const PROGRAMME_TEXT: ProgrammeText = {
  teamName: "Екипът на обединеното досие",
  phoneHours: "Работно време: от понеделник до петък, от 9:00 до 17:00 ч. (примерни часове)",
  postalAddress: ["Joined-up record team", "North London Partners in health and care", "Примерен адрес (не изпращайте писма на него)", "London"],
  excludedInformation: {
    SEXUAL_HEALTH: { category: "Сексуално здраве", includes: "Посещения в клиники за сексуално здраве, изследвания и лечение на полово предавани инфекции." },
    FERTILITY: { category: "Лечение на безплодие", includes: "Ин витро (IVF) и друго лечение на безплодие." },
    DOMESTIC_ABUSE: { category: "Домашно насилие", includes: "Сигнали за домашно насилие или малтретиране и помощ от служби за пострадали от домашно насилие." },
    CRIMINAL_JUSTICE: { category: "Съдимост", includes: "Данни за съдимост и информация от полицията, съдилищата или пробационната служба." },
    HIV: { category: "ХИВ и СПИН", includes: "Изследвания за ХИВ, резултати, лечение и грижи." },
    CONTRACEPTION: { category: "Контрацепция", includes: "Контрацепция от служба за сексуално здраве или за семейно планиране." },
    TERMINATION: { category: "Прекъсване на бременност", includes: "Аборт и свързаните с него грижи." },
    GENDER_IDENTITY: { category: "Полова идентичност", includes: "Услуги, свързани с половата идентичност, и всякакви записи за смяна на пола." },
    SEXUAL_ASSAULT: { category: "Сексуално посегателство", includes: "Грижи след изнасилване или сексуално посегателство." },
    SAFEGUARDING: { category: "Защита от вреда", includes: "Опасения и планове за защита на дете или възрастен, застрашени от вреда." },
    ADOPTION: { category: "Осиновяване", includes: "Документи за осиновяване." },
    SUBSTANCE_USE: { category: "Служби за помощ при зависимост от наркотици и алкохол", includes: "Лечение и подкрепа от специализирани служби за помощ при зависимост от наркотици и алкохол." },
    GENETICS: { category: "Генетични изследвания", includes: "Резултати от генетични изследвания." },
    THERAPY_NOTES: { category: "Бележки от психотерапия", includes: "Бележки от сесии на консултиране или психотерапия." },
    COMPLAINTS_LEGAL: { category: "Жалби и съдебни искове", includes: "Жалби и съдебни искове, свързани с грижите." },
    MARKED_PRIVATE: { category: "Информация, отбелязана като поверителна", includes: "Всичко, което специалист е отбелязал като поверително в собствените си записи." },
  },
  roles: [
    { role: "Лични лекари", sees: "Вашите лекарства, алергии, обобщения от болници, резултати от изследвания и часове за прегледи.", why: "Те се грижат за здравето ви във времето." },
    { role: "Болнични лекари и медицински специалисти", sees: "Вашите лекарства, алергии, предишни престои в болница и резултати от изследвания.", why: "Те ви преглеждат и лекуват, понякога при спешен случай." },
    { role: "Специалисти по здравни грижи в общността", sees: "Вашите лекарства, алергии и грижите, които получавате у дома.", why: "Те се грижат за вас у дома или в амбулатории." },
    { role: "Специалисти по психично здраве", sees: "Вашите лекарства, алергии и грижите за психичното ви здраве.", why: "Физическото ви здраве може да влияе на грижите за психичното ви здраве." },
    { role: "Социални работници", sees: "Подкрепата, която получавате от социалните грижи за възрастни, и част от здравната ви информация.", why: "Те планират грижите и подкрепата за вас." },
    { role: "Ерготерапевти", sees: "Частите от досието ви за ежедневния живот и подкрепата у дома.", why: "Те ви помагат да сте в безопасност и да се справяте сами." },
  ],
  dataControllers: ["Example Hospital NHS Trust (пример)", "Example Borough Council (пример)"],
  dataProtectionOfficerName: "Длъжностно лице по защита на данните (пример)",
};

/** "в рамките на 5 работни дни", or undefined when the programme promises no time (programme.ts's withinWorkingDays, in Bulgarian). */
export function withinWorkingDays(days: number | undefined): string | undefined {
  if (days === undefined) return undefined;
  return icu("bg", "в рамките на {days, plural, one {# работен ден} other {# работни дни}}", { days });
}

/** The programme's start month in Bulgarian, such as "април 2019 г." (programme.ts's formatStartMonth). */
export function formatStartMonth(month: string): string {
  const [year = Number.NaN, monthNumber = Number.NaN] = month.split("-").map(Number);
  return icu("bg", "{month, date, monthYear}", { month: new Date(Date.UTC(year, monthNumber - 1, 15)) });
}
