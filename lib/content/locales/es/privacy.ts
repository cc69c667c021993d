import type * as English from "../../privacy";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import type { ContentBlock } from "../../types";
import type { Localised } from "../../../i18n/localised";
import { programmeText } from "../../../i18n/programme-text";
import { CONTACT_DETAILS } from "./contact-details";
import { PROGRAMME_TEXT } from "./programme-text";
import { termsBlock } from "./terms";

// The data controllers' and the data protection officer's names from ./programme-text
// (the operator's English where changed); the officer's email address as configured.

const text = programmeText(PROGRAMME_TEXT);
const dpoEmail = PROGRAMME.dataProtectionOfficer.email;

const controllerBlocks: Localised<ContentBlock>[] = [
  {
    kind: "paragraph",
    text: "Los responsables del tratamiento de datos del registro integrado (las organizaciones que responden ante la ley de cómo se usa su información) son:",
  },
  { kind: "list", items: text.dataControllers },
];

export const PRIVACY_PAGE: Localised<typeof English.PRIVACY_PAGE> = {
  href: ROUTES.privacy,
  title: "Aviso de privacidad",
  shortTitle: "Aviso de privacidad",
  description: "Cómo usan su información el registro integrado y este sitio web, y cuáles son sus derechos.",
  lede: "Este aviso explica cómo se usa su información en el registro integrado y en este sitio web, y cuáles son sus derechos.",
  sections: [
    {
      id: "who-we-are",
      heading: "Quiénes somos",
      blocks: [
        {
          kind: "paragraph",
          text: "El registro integrado es un programa de North London Partners in health and care, para Barnet, Camden, Enfield, Haringey e Islington.",
        },
        ...controllerBlocks,
        {
          kind: "paragraph",
          text: ["Delegado de protección de datos: ", text.dataProtectionOfficerName, `, ${dpoEmail}.`],
        },
      ],
    },
    {
      id: "information-in-the-record",
      heading: "Cómo se usa la información del registro integrado",
      blocks: [
        {
          kind: "paragraph",
          text: [
            "El registro integrado reúne información de los servicios que le atienden. ",
            { text: "Vea qué información contiene el registro", href: ROUTES.whatsInTheRecord },
            ".",
          ],
        },
        { kind: "paragraph", text: "Se usa:" },
        {
          kind: "list",
          items: [
            "por los trabajadores de la salud y de la asistencia social cuando usted va a verlos o ellos le visitan",
            "por los equipos de atención, para entender las necesidades de salud y de asistencia de las personas",
            "para asegurar que las personas que viven con enfermedades de larga duración reciben una atención de alta calidad",
            "sin los datos personales (de forma anónima), para que los profesionales puedan planificar y mejorar la atención",
          ],
        },
        {
          kind: "paragraph",
          text: "La información sobre usted está protegida por la Ley de Protección de Datos de 2018 (Data Protection Act 2018) y el RGPD del Reino Unido (UK GDPR). Los profesionales de la salud y de la asistencia social tienen un deber de confidencialidad respecto a su información.",
        },
        termsBlock(["ukGdpr"]),
      ],
    },
    {
      id: "information-you-give-us",
      heading: "La información que nos da en este sitio web",
      blocks: [
        { kind: "paragraph", text: "Cuando se excluye o vuelve a incluirse, guardamos:" },
        {
          kind: "list",
          items: [
            "el nombre, la fecha de nacimiento, el número del NHS y el código postal de la persona para quien es la decisión",
            "su decisión y cuándo la tomó",
            "su dirección de correo electrónico, para poder confirmarle su decisión",
            "si actúa en nombre de otra persona, su nombre, su relación con ella y sus documentos justificativos",
          ],
        },
        {
          kind: "paragraph",
          text: "Guardamos un registro de cada decisión, para que se respete. Si cambia de opinión, añadimos su nueva decisión al registro, y la decisión más reciente es la que cuenta.",
        },
        {
          kind: "paragraph",
          text: "Cuando nos pide que le llamemos, guardamos su nombre, su número de teléfono y su mensaje. Los borramos 12 meses después de su solicitud.",
        },
      ],
    },
    {
      id: "who-we-share-it-with",
      heading: "Con quién compartimos su decisión",
      blocks: [
        {
          kind: "paragraph",
          text: "Le decimos al sistema del registro integrado si cada persona se ha excluido, para que sepa de quién puede compartir la información.",
        },
      ],
    },
    {
      id: "your-rights",
      heading: "Sus derechos",
      blocks: [
        { kind: "paragraph", text: "Usted tiene derecho a:" },
        {
          kind: "list",
          items: [
            "ver la información que se tiene sobre usted",
            "pedir que se corrija la información que esté mal",
            "oponerse a la forma en que se usa su información",
            "presentar una queja",
          ],
        },
        {
          kind: "paragraph",
          text: `Para ejercer cualquiera de estos derechos, escriba a nuestro delegado de protección de datos a ${dpoEmail}. También puede ponerse en contacto con nosotros: escriba a ${CONTACT_DETAILS.email} o llame al ${CONTACT_DETAILS.phone}.`,
        },
        {
          kind: "paragraph",
          text: "Para ver sus registros de salud y de asistencia social, también puede pedirlos directamente a las organizaciones que le atienden. Por ejemplo, al consultorio de su médico de cabecera, al hospital o al ayuntamiento (council).",
        },
      ],
    },
    {
      id: "complaints",
      heading: "Quejas",
      blocks: [
        {
          kind: "paragraph",
          text: "Si no le satisface la forma en que se usa su información, póngase primero en contacto con nosotros. También puede presentar una queja ante la Oficina del Comisionado de Información (Information Commissioner's Office, ICO), que regula la protección de datos en el Reino Unido. Sus datos de contacto están en su sitio web, ico.org.uk.",
        },
      ],
    },
    {
      id: "cookies",
      heading: "Cookies",
      blocks: [
        {
          kind: "paragraph",
          text: ["Este sitio web no usa cookies para seguirle. ", { text: "Infórmese sobre las cookies", href: ROUTES.cookies }, "."],
        },
      ],
    },
  ],
};
