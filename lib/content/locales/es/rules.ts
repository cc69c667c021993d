import type * as English from "../../rules";
import { PROGRAMME } from "../../programme";
import type { Localised } from "../../../i18n/localised";
import { withinWorkingDays } from "./working-days";

// The rules of the choice, stated once in Spanish, for the pages, the leaflet,
// the paper form, the emails and the film script.

const posted = withinWorkingDays(PROGRAMME.responseTimes.postedChoiceWorkingDays);
const evidence = withinWorkingDays(PROGRAMME.responseTimes.evidenceCheckWorkingDays);
const review = withinWorkingDays(PROGRAMME.responseTimes.optInReviewWorkingDays);

// `as const satisfies` rather than a type annotation: checked against the
// English shape the same way, while other modules can still pick a paragraph
// by position (CHOICE_RULES.emergencyWarning.paragraphs[0]) as in English.
export const CHOICE_RULES = {
  included:
    "Si está de acuerdo en que su información forme parte del registro integrado, no tiene que hacer nada. Si no quiere que se le incluya, tiene que solicitar la exclusión.",

  optOutDoes: "Si solicita la exclusión, su información no se compartirá a través del registro integrado electrónico.",

  optOutDoesNot: "Las organizaciones de atención seguirán compartiéndola como lo hacen ahora: por teléfono, por correo electrónico y en papel.",

  emergencyWarning: {
    heading: "Importante: piénselo bien antes de excluirse",
    paragraphs: [
      "Si se excluye, el registro integrado no mostrará su historial a las personas que le atienden. No tendrán su información más reciente cuando le evalúen, ni siquiera en una emergencia.",
      "Las decisiones sobre su atención pueden tardar más, incluso en una emergencia.",
    ],
  },

  whenItTakesEffect: [
    "Por internet: la exclusión tiene efecto en cuanto la envía.",
    `Por correo postal: su decisión tiene efecto cuando nuestro equipo la anota en el registro de decisiones${posted ? `, ${posted} desde que recibimos su formulario` : ", es decir, después de que recibamos su formulario"}. Hasta entonces, no cambia nada.`,
    "Por teléfono: la exclusión tiene efecto cuando nuestro equipo la anota mientras usted está al teléfono.",
    `Volver a incluirse después de una exclusión tiene efecto inmediato solo cuando podemos estar seguros de que lo pide la misma persona que se excluyó. Por ejemplo, cuando todas las exclusiones se hicieron con la misma dirección de correo electrónico. Si no, nuestro equipo lo revisa primero${review ? ` (${review})` : ""} y, hasta entonces, la persona sigue excluida. Volver a incluirse por teléfono o en papel siempre se revisa primero.`,
    `Si actúa en nombre de otra persona, su decisión tiene efecto inmediato mientras nuestro equipo revisa sus documentos justificativos${evidence ? ` (${evidence})` : ""}. Si no podemos aceptarlos, retiramos la decisión y le explicamos por qué.`,
  ],

  optBackIn:
    "Puede volver a incluirse en cualquier momento, por internet, con el formulario en papel o por teléfono. Entonces su información volverá a compartirse a través del registro integrado.",

  whoCanActIntro: "Puede tomar la decisión en nombre de otra persona si usted es:",
  whoCanAct: [
    "el padre, la madre u otra persona con responsabilidad parental sobre un niño o una niña menor de 16 años",
    "el apoderado de una persona en virtud de un poder notarial duradero para salud y bienestar",
    "el representante legal de una persona, nombrado por el Tribunal de Protección",
  ],
  evidence:
    "Tendrá que enviar una copia (no el original) de sus documentos justificativos. Para un niño o una niña, es la partida de nacimiento o una orden judicial. Para un adulto, es el poder notarial duradero para salud y bienestar, o la orden judicial que le nombra representante legal.",

  atSixteen:
    "A partir de los 16 años, los jóvenes toman su propia decisión: sus padres ya no pueden tomarla por ellos. Una decisión tomada en su nombre antes de cumplir los 16 años se mantiene hasta que ellos mismos la cambien.",

  earlierOptOut:
    "Si se excluyó de CareMyWay en Islington o de CIDR en Camden, esa exclusión se ha trasladado al registro integrado. No tiene que volver a excluirse.",

  thinkCarefully:
    "Antes de excluirse, lea con atención esta información para entender lo que significa para usted. Compartir su información de salud y de asistencia social facilita que los servicios le ofrezcan el mejor tratamiento y la mejor atención.",
} as const satisfies Localised<typeof English.CHOICE_RULES>;

/** The rules as one list, for the leaflet and the paper form. */
export const choiceRulesSummary: Localised<typeof English.choiceRulesSummary> = () => [
  CHOICE_RULES.optOutDoes,
  CHOICE_RULES.optOutDoesNot,
  ...CHOICE_RULES.whenItTakesEffect,
  CHOICE_RULES.optBackIn,
  CHOICE_RULES.atSixteen,
];
