import type * as English from "../../home";
import { DOWNLOADS, ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CHOICE_RULES } from "./rules";

export const HOME_PAGE: Localised<typeof English.HOME_PAGE> = {
  title: "Su registro integrado de salud y asistencia social",
  lede: "Los servicios de salud y de asistencia social del norte de Londres están uniendo los registros que tienen sobre usted. Así, las personas que le atienden pueden ver la información que necesitan.",

  sections: [
    {
      heading: "Qué es el registro integrado",
      paragraphs: ["Estamos uniendo los registros de salud y de asistencia social de Barnet, Camden, Enfield, Haringey e Islington. Esto incluye registros de:"],
      bullets: [
        "consultorios de médicos de cabecera",
        "hospitales",
        "servicios de salud comunitaria",
        "servicios de salud mental",
        "servicios sociales para adultos",
      ],
      afterBullets: [
        "Así, los profesionales de la salud y de la asistencia social pueden ver sus registros en cualquier momento y en distintos lugares. Esto les permite tomar decisiones más rápidas y seguras sobre su atención.",
        "Es para las personas que viven en Barnet, Camden, Enfield, Haringey o Islington, o que tienen allí su médico de cabecera.",
      ],
    },
    {
      heading: "Qué contiene y qué se deja fuera",
      paragraphs: [
        "Se incluyen los registros de salud de adultos y de niños, y también la información de los servicios sociales para adultos. Por ahora no se incluyen los registros de los servicios sociales para niños.",
        "Alguna información delicada se deja fuera. Por ejemplo, la información sobre salud sexual, tratamientos de fertilidad, violencia doméstica y antecedentes penales.",
      ],
    },
    {
      heading: "Usted decide",
      paragraphs: [
        "Se le incluye en el registro integrado, a menos que solicite la exclusión. Puede volver a incluirse en cualquier momento.",
        `${CHOICE_RULES.optOutDoes} ${CHOICE_RULES.optOutDoesNot}`,
        CHOICE_RULES.emergencyWarning.paragraphs[0],
      ],
    },
  ],

  earlierOptOut: CHOICE_RULES.earlierOptOut,

  findOutMore: {
    heading: "Más información",
    cards: [
      { text: "Qué es el registro integrado", href: ROUTES.joinedUpRecord, description: "Cómo funciona, cómo se usa y cómo le ayuda." },
      {
        text: "Qué contiene el registro",
        href: ROUTES.whatsInTheRecord,
        description: "La información que hay en el registro integrado y la que se añadirá con el tiempo.",
      },
      { text: "Qué se deja fuera", href: ROUTES.whatsLeftOut, description: "La información delicada que se deja fuera del registro, y la lista completa." },
      { text: "Quién puede verlo", href: ROUTES.whoCanSeeIt, description: "Quién puede consultar su registro, y por qué solo ve lo que necesita." },
      { text: "Usted decide", href: ROUTES.yourChoice, description: "Qué significa excluirse, qué no impide, y cómo volver a incluirse." },
      { text: "¿Está segura mi información?", href: ROUTES.isMyInformationSafe, description: "Cómo se protege su información y qué ley la protege." },
      { text: "Cuándo empieza", href: ROUTES.whenItStarts, description: "Cuándo empieza el registro integrado y qué organizaciones participan." },
      { text: "Contacto", href: ROUTES.contact, description: "Haga una pregunta o pida esta información en otro formato." },
    ],
  },

  watchOrRead: {
    heading: "Vea el vídeo o imprima el folleto",
    links: [
      { text: "Vea un vídeo corto sobre el registro integrado (con subtítulos)", href: ROUTES.film },
      { text: "Descargue el folleto para imprimirlo o leerlo más tarde (PDF)", href: DOWNLOADS.leafletPdf },
    ],
  },

  makeYourChoice: {
    heading: "Tome su decisión",
    paragraphs: [
      "Puede excluirse o volver a incluirse por internet, con un formulario en papel o por teléfono. Puede hacerlo para usted, para un niño o una niña menor de 16 años sobre quien tiene responsabilidad parental, o para alguien en cuyo nombre tiene poder legal para actuar.",
      "Necesitará una dirección de correo electrónico. Si sabe el número del NHS de la persona para quien es la decisión, téngalo a mano.",
    ],
    actions: [
      { text: "Excluirse del registro integrado", href: ROUTES.optOut },
      { text: "Volver a incluirse en el registro integrado", href: ROUTES.optIn },
    ],
    otherWays: {
      before: "Si no puede usar el servicio por internet, ",
      link: { text: "póngase en contacto con nosotros", href: ROUTES.contact },
      after: " y le ayudaremos.",
    },
  },
};
