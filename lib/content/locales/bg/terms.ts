import type * as English from "../../terms";
import type { TermKey } from "../../terms";
import type { ContentBlock } from "../../types";
import type { Localised } from "../../../i18n/localised";

// Words residents meet on these pages, explained once in plain Bulgarian. The
// English name of a UK legal term stays beside it, so a resident can recognise
// it on the documents they hold.

export const TERMS: Localised<typeof English.TERMS> = {
  parentalResponsibility: {
    term: "Родителска отговорност",
    text: "Законовите права и задължения, които родителят има към детето си, например да дава съгласие за лечението му. Майката на детето я има от раждането му. Могат да я имат и други хора, например много бащи или човек, на когото съдът я е дал. Ако не сте сигурни дали я имате, попитайте адвокат или Citizens Advice.",
  },
  lastingPowerOfAttorney: {
    term: "Трайно пълномощно за здраве и благосъстояние (lasting power of attorney for health and welfare)",
    text: "Правен документ, с който човек избира някого, на когото има доверие (свой пълномощник), да взема решения за здравето и грижите му, ако самият той не може да ги взема. То трябва да бъде регистрирано в Службата на публичния настойник (Office of the Public Guardian), преди да може да се използва.",
  },
  deputy: {
    term: "Представител (deputy) и Съдът по защита (Court of Protection)",
    text: "Съдът по защита взема решения за хора, които не могат сами да вземат някои решения. Той може да назначи представител, който да взема решения вместо човека. Съдебното решение посочва какво може да решава представителят.",
  },
  nationalDataOptOut: {
    term: "Национален отказ от използване на данни (National data opt-out)",
    text: "Отделен избор в NHS дали поверителната ви информация като пациент да се използва за изследвания и планиране в цяла Англия. Това не е същото като отказа от участие в обединеното досие. Единият избор не прави другия: ако искате и двата, трябва да направите и двата.",
  },
  careMyWayAndCidr: {
    term: "CareMyWay и CIDR",
    text: "По-ранни местни схеми за споделяне на досиета: CareMyWay в Islington и CIDR в Camden. Ако сте отказали участие в някоя от тях, този отказ е пренесен в обединеното досие.",
  },
  ukGdpr: {
    term: "UK GDPR",
    text: "Общият регламент относно защитата на данните на Обединеното кралство (UK General Data Protection Regulation). Заедно със Закона за защита на данните от 2018 г. (Data Protection Act 2018) той е законът, който казва как организациите в Обединеното кралство трябва да използват и пазят информацията за хората. Страницата за жителите го нарича Общ регламент относно защитата на данните от 2016 г.: това беше европейски закон и стана UK GDPR, когато Обединеното кралство напусна ЕС.",
  },
};

/** A "definitions" block with the given terms, for a page section. */
export const termsBlock: Localised<typeof English.termsBlock> = (keys: readonly TermKey[]): Localised<ContentBlock> => ({
  kind: "definitions",
  items: keys.map((key) => TERMS[key]),
});
