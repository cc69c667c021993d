import type * as English from "../../contact";
import { CALLBACK_FORM as ENGLISH_CALLBACK_FORM } from "../../contact";
import { PROGRAMME } from "../../programme";
import { ROUTES } from "../../routes";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_DETAILS } from "./contact-details";
import { withinWorkingDays } from "./working-days";
import { joinWords } from "../../types";

const callbackWithin = withinWorkingDays(PROGRAMME.responseTimes.callbackWorkingDays);

/** The preferred times' values are what the form sends and staff read (lib/validation/contact.ts): kept as in English; only the labels are Spanish. */
const [anyTime, morning, afternoon] = ENGLISH_CALLBACK_FORM.preferredTime.options;

export const CONTACT_PAGE: Localised<typeof English.CONTACT_PAGE> = {
  href: ROUTES.contact,
  title: "Contacto",
  shortTitle: "Contacto",
  description: "Llame, escriba un correo electrónico o escriba una carta al equipo del registro integrado, o pídanos que le llamemos.",
  lede: "Póngase en contacto con nosotros si tiene alguna pregunta sobre el registro integrado o si necesita ayuda para tomar su decisión.",
  sections: [
    {
      id: "call-us",
      heading: "Llámenos",
      blocks: [
        { kind: "paragraph", text: ["Teléfono: ", { text: CONTACT_DETAILS.phone, href: CONTACT_DETAILS.phoneHref }] },
        { kind: "paragraph", text: CONTACT_DETAILS.marked.phoneHours },
        { kind: "paragraph", text: CONTACT_DETAILS.textRelay },
      ],
    },
    {
      id: "email-us",
      heading: "Escríbanos un correo electrónico",
      blocks: [
        { kind: "paragraph", text: ["Correo electrónico: ", { text: CONTACT_DETAILS.email, href: `mailto:${CONTACT_DETAILS.email}` }] },
        ...(CONTACT_DETAILS.emailReply ? [{ kind: "paragraph", text: CONTACT_DETAILS.emailReply } as const] : []),
        {
          kind: "paragraph",
          text: "No envíe información médica por correo electrónico. Si necesita ayuda médica, póngase en contacto con su médico de cabecera o llame al 111.",
        },
      ],
    },
    {
      id: "write-to-us",
      heading: "Escríbanos por correo postal",
      blocks: [
        { kind: "paragraph", text: joinWords(CONTACT_DETAILS.marked.postalAddress, ", ") },
        ...(CONTACT_DETAILS.postage ? [{ kind: "paragraph", text: CONTACT_DETAILS.postage } as const] : []),
      ],
    },
    {
      id: "other-formats",
      heading: "Otros formatos e idiomas",
      blocks: [{ kind: "paragraph", text: CONTACT_DETAILS.otherFormats }],
    },
  ],
};

/** The request-a-call-back form on the contact page. */
export const CALLBACK_FORM: Localised<typeof English.CALLBACK_FORM> = {
  heading: "Pídanos que le llamemos",
  id: "call-back",
  intro: `Déjenos su nombre y su número y le llamaremos${callbackWithin ? ` ${callbackWithin}` : ""}.`,
  name: { label: "Su nombre" },
  phone: {
    label: "Número de teléfono del Reino Unido",
    hint: "Por ejemplo, 07700 900 982 o 020 7946 0123",
  },
  preferredTime: {
    legend: "¿Cuál es el mejor momento para llamarle?",
    options: [
      { value: anyTime.value, label: "En cualquier momento" },
      { value: morning.value, label: "Por la mañana (de 9:00 a 12:00)" },
      { value: afternoon.value, label: "Por la tarde (de 12:00 a 17:00)" },
    ],
  },
  message: {
    label: "¿De qué le gustaría hablar? (opcional)",
    hint: "No incluya datos médicos. Le preguntaremos lo que necesitemos cuando le llamemos.",
  },
  submit: "Pedir que me llamen",
  errorSummaryHeading: "Hay un problema",
  errorTitlePrefix: "Error: ",
  errors: {
    name: {
      required: "Escriba su nombre",
      tooLong: "Su nombre debe tener 200 caracteres o menos",
      hiddenCharacters: "Su nombre no debe incluir caracteres ocultos, como tabulaciones o saltos de línea",
    },
    phone: {
      required: "Escriba un número de teléfono del Reino Unido",
      invalid: "Escriba un número de teléfono del Reino Unido, como 07700 900 982 o 020 7946 0123",
    },
    preferredTime: {
      required: "Elija cuál es el mejor momento para llamarle",
    },
    message: {
      tooLong: "Lo que quiere contarnos debe tener 2000 caracteres o menos",
      hiddenCharacters: "Lo que quiere contarnos no debe incluir caracteres de control ocultos",
    },
    tooManyRequests: "Ha pedido que le llamemos demasiadas veces. Inténtelo de nuevo dentro de una hora, o llámenos.",
    notSaved: `Lo sentimos, no hemos podido guardar su solicitud. Inténtelo de nuevo más tarde, o llámenos al ${CONTACT_DETAILS.phone}.`,
  },
};

export const CALLBACK_REQUESTED_PAGE: Localised<typeof English.CALLBACK_REQUESTED_PAGE> = {
  title: "Le llamaremos",
  body: `Hemos recibido su solicitud. Una persona del equipo del registro integrado le llamará${callbackWithin ? ` ${callbackWithin}` : ""}.`,
  nextHeading: "Qué pasa ahora",
  next: [
    [`Si no conseguimos hablar con usted, puede llamarnos al ${CONTACT_DETAILS.phone}, `, CONTACT_DETAILS.marked.phoneHours, "."],
    "Si necesita ayuda médica antes, póngase en contacto con su médico de cabecera o llame al 111.",
  ],
  backLink: { text: "Volver a la página de contacto", href: ROUTES.contact },
};
