import type { SITE_FRAME as English } from "../../site-frame";
import type { Localised } from "../../../i18n/localised";

// Written by the lead engineer with the other words about the site itself (lib/content/site-frame.ts).

export const SITE_FRAME: Localised<typeof English> = {
  languageLinksLabel: "Idiomas",
  translationNotice: {
    text: "Esta traducción aún no la ha revisado un traductor cualificado. Puede contener errores.",
    englishLink: "Leer esta página en inglés",
  },
  exampleDetails: {
    heading: "Datos de contacto de ejemplo",
    text: (fields: string) => `Esto es una demostración. Estos datos son ejemplos y todavía no son los del programa: ${fields}. No los use.`,
    fieldNames: {
      "phone number": "número de teléfono",
      "opening hours": "horario de atención",
      "text relay number": "número para Relay UK",
      "email address": "dirección de correo electrónico",
      "postal address": "dirección postal",
      "list of information left out": "lista de la información excluida",
      "list of what each role can see": "lista de lo que puede ver cada profesional",
      "data controllers": "responsables del tratamiento de datos",
      "data protection officer": "delegado de protección de datos",
      "web address": "dirección web",
    },
  },
};
