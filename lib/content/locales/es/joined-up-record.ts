import type * as English from "../../joined-up-record";
import { DOWNLOADS, ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";

export const JOINED_UP_RECORD_PAGE: Localised<typeof English.JOINED_UP_RECORD_PAGE> = {
  href: ROUTES.joinedUpRecord,
  title: "Qué es el registro integrado",
  shortTitle: "Qué es el registro integrado",
  description:
    "Cómo funciona el registro integrado de salud y asistencia social en el norte de Londres, cómo se usa y cómo le ayuda a usted y a las personas que le atienden.",
  lede: "Estamos uniendo los registros de salud y de asistencia social de Barnet, Camden, Enfield, Haringey e Islington, para que las personas que le atienden puedan ver la información que necesitan.",
  sections: [
    {
      id: "how-it-works",
      heading: "Cómo funciona",
      blocks: [
        { kind: "paragraph", text: "Cada servicio de salud o de asistencia social que usted utiliza tiene su propio registro sobre usted. Por ejemplo:" },
        {
          kind: "list",
          items: ["el consultorio de su médico de cabecera", "los hospitales", "los servicios de salud comunitaria", "los servicios de salud mental", "los servicios sociales para adultos"],
        },
        {
          kind: "paragraph",
          text: "El registro integrado reúne de forma electrónica la información importante de estos registros. Así, los profesionales de la salud y de la asistencia social pueden ver sus registros en cualquier momento y en distintos lugares. Esto les permite tomar decisiones más rápidas y seguras sobre su atención.",
        },
      ],
    },
    {
      id: "who-it-is-for",
      heading: "Para quién es",
      blocks: [
        {
          kind: "paragraph",
          text: "Es para los adultos y los niños que viven en Barnet, Camden, Enfield, Haringey o Islington, o que tienen allí su médico de cabecera.",
        },
        {
          kind: "paragraph",
          text: ["Se le incluye, a menos que solicite la exclusión. ", { text: "Infórmese sobre su decisión", href: ROUTES.yourChoice }, "."],
        },
      ],
    },
    {
      id: "how-it-is-used",
      heading: "Cómo se usa la información",
      blocks: [
        { kind: "paragraph", text: "La información del registro integrado se usa de distintas formas:" },
        {
          kind: "list",
          items: [
            "la usan los trabajadores de la salud y de la asistencia social cuando usted va a verlos o ellos le visitan",
            "la usan los equipos de atención para entender las necesidades de salud y de asistencia de las personas",
            "sirve para asegurar que las personas de nuestros distritos que viven con enfermedades de larga duración reciben una atención de alta calidad",
            "se usa sin nombres ni otros datos personales (de forma anónima), para que los profesionales puedan planificar y mejorar la atención para usted y para otras personas como usted",
          ],
        },
      ],
    },
    {
      id: "how-it-helps-you",
      heading: "Cómo le ayuda",
      blocks: [
        {
          kind: "list",
          items: [
            "Todas las personas que participan en su atención tendrán la imagen completa.",
            "Cuando vaya a un lugar nuevo para recibir atención, o conozca a un nuevo profesional, este tendrá la información importante sobre su salud y su atención.",
            "Los resultados de las pruebas habituales, como los análisis de sangre, estarán disponibles para todas las personas que participan en su atención, sin importar dónde se hizo la prueba. Así puede que no tenga que repetir la misma prueba.",
            "Los profesionales responsables de su atención pueden consultar su registro para planificar y mejorar su atención.",
          ],
        },
      ],
    },
    {
      id: "how-it-helps-staff",
      heading: "Cómo ayuda a las personas que le atienden",
      blocks: [
        {
          kind: "list",
          items: [
            "Un registro completo y actualizado les ayuda a tomar decisiones mejor informadas.",
            "Dedican menos tiempo a buscar información en distintas organizaciones y sistemas informáticos, y menos tiempo a escribir la misma información en distintos registros.",
            "Pueden usar la información para planificar y mejorar la atención de los residentes.",
            "Pueden trabajar en equipo para encontrar formas de mejorar la atención, con información anónima, sin los datos personales de los residentes.",
          ],
        },
      ],
    },
    {
      id: "film-and-leaflet",
      heading: "Vea el vídeo o lea el folleto",
      blocks: [
        {
          kind: "list",
          items: [
            [{ text: "Vea un vídeo corto sobre cómo funciona y cómo ayuda", href: ROUTES.film }],
            [{ text: "Descargue el folleto (PDF)", href: DOWNLOADS.leafletPdf }],
          ],
        },
        {
          kind: "paragraph",
          text: "El folleto impreso también está disponible en el consultorio de su médico de cabecera cuando este pase a formar parte del registro integrado.",
        },
      ],
    },
  ],
};
