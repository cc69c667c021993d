import type * as English from "../../accessibility";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_DETAILS } from "./contact-details";

export const ACCESSIBILITY_PAGE: Localised<typeof English.ACCESSIBILITY_PAGE> = {
  href: ROUTES.accessibility,
  title: "Declaración de accesibilidad",
  shortTitle: "Declaración de accesibilidad",
  description: "El grado de accesibilidad del sitio web del registro integrado, y cómo avisarnos de un problema.",
  lede: "Esta declaración se aplica al sitio web del registro integrado de salud y asistencia social del norte de Londres, incluidos el vídeo y los documentos que puede descargar.",
  sections: [
    {
      id: "using-this-website",
      heading: "Uso de este sitio web",
      blocks: [
        {
          kind: "paragraph",
          text: "North London Partners in health and care gestiona este sitio web. Queremos que lo pueda usar el mayor número posible de personas. Por ejemplo, usted debería poder:",
        },
        {
          kind: "list",
          items: [
            "cambiar los colores, el contraste y los tipos de letra con los ajustes de su navegador o de su dispositivo",
            "ampliar la página hasta el 400 % sin que el texto se salga de la pantalla",
            "moverse por el sitio web usando solo el teclado",
            "moverse por el sitio web usando un programa de reconocimiento de voz",
            "escuchar el sitio web con un lector de pantalla",
            "usar el sitio web sin JavaScript",
            "ver el vídeo con subtítulos, o leer su transcripción",
          ],
        },
        {
          kind: "paragraph",
          text: "También hemos escrito el texto de la forma más sencilla posible para que se entienda.",
        },
      ],
    },
    {
      id: "how-accessible",
      heading: "Grado de accesibilidad de este sitio web",
      blocks: [
        {
          kind: "paragraph",
          text: "Nuestro objetivo es cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG), versión 2.2, nivel AA. Cada vez que cambia el sitio web, se hacen comprobaciones automáticas de accesibilidad en todas las páginas. El sitio web todavía no ha tenido una auditoría de accesibilidad independiente.",
        },
        { kind: "paragraph", text: "Conocemos estos problemas:" },
        {
          kind: "list",
          items: [
            "la narración del vídeo usa una voz sintética, que a algunas personas les puede costar más seguir: los subtítulos y la transcripción tienen todas las palabras",
            "el vídeo no tiene audiodescripción, pero todo lo que se muestra en pantalla también se dice en la narración",
          ],
        },
      ],
    },
    {
      id: "other-formats",
      heading: "Cómo obtener la información en otros formatos",
      blocks: [
        {
          kind: "paragraph",
          text: `${CONTACT_DETAILS.otherFormats} Llámenos al ${CONTACT_DETAILS.phone} o escriba a ${CONTACT_DETAILS.email}.${CONTACT_DETAILS.emailReply ? ` ${CONTACT_DETAILS.emailReply}` : ""}`,
        },
      ],
    },
    {
      id: "reporting-problems",
      heading: "Cómo avisarnos de problemas de accesibilidad",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "Siempre intentamos mejorar. Si encuentra un problema que no aparece aquí, o cree que no cumplimos los requisitos de accesibilidad, ",
            { text: "póngase en contacto con nosotros", href: ROUTES.contact },
            ".",
          ],
        },
      ],
    },
    {
      id: "enforcement-procedure",
      heading: "Procedimiento de aplicación",
      blocks: [
        {
          kind: "paragraph",
          text: "La Comisión de Igualdad y Derechos Humanos (Equality and Human Rights Commission, EHRC) es responsable de hacer cumplir las normas de accesibilidad. Si no le satisface nuestra respuesta a su queja, póngase en contacto con el Servicio de Asesoramiento y Apoyo en materia de Igualdad (Equality Advisory and Support Service, EASS).",
        },
      ],
    },
    {
      id: "compliance-status",
      heading: "Situación de cumplimiento",
      blocks: [
        {
          kind: "paragraph",
          text: "Este sitio web cumple parcialmente la norma de las Pautas de Accesibilidad para el Contenido Web, versión 2.2, nivel AA, por los problemas indicados arriba. Las comprobaciones automáticas no pueden encontrar todos los problemas, y el sitio web todavía no ha tenido una auditoría independiente.",
        },
      ],
    },
    {
      id: "preparation",
      heading: "Preparación de esta declaración de accesibilidad",
      blocks: [
        {
          kind: "paragraph",
          text: "Esta declaración se preparó el 25 de noviembre de 2026 y se revisó el 6 de diciembre de 2026. El sitio web se prueba cada vez que cambia, con comprobaciones automáticas en todas las páginas.",
        },
      ],
    },
  ],
};
