import type * as English from "../../choice";
import { onLines, type SiteLinks } from "../../email-layout";
import { PROGRAMME } from "../../programme";
import { CHILD_AGE_LIMIT, EVIDENCE_MAX_MEGABYTES } from "../../../validation/limits";
import type { Localised } from "../../../i18n/localised";
import { CONTACT_DETAILS } from "./contact-details";
import { DECISION_ERRORS } from "./decision-errors";
import { CHOICE_RULES } from "./rules";
import { withinWorkingDays } from "./working-days";

// Every word of the online opt-out and opt-in journeys, their emails and the
// paper form, in Spanish. Values the forms send (`value`, `choice`) stay as in
// English: the server checks them and staff read them.

const EVIDENCE_CHECK_WITHIN = withinWorkingDays(PROGRAMME.responseTimes.evidenceCheckWorkingDays);

const FOR_WHOM = `para usted, para un niño o una niña menor de ${CHILD_AGE_LIMIT} años sobre quien tiene responsabilidad parental, o para alguien de quien es apoderado con un poder notarial duradero para salud y bienestar o representante legal nombrado por un tribunal.`;

export const JOURNEYS: Localised<typeof English.JOURNEYS> = {
  "opt-out": {
    choice: "OPT_OUT",
    title: "Excluirse del registro integrado de salud y asistencia social",
    intro: [
      "Si se excluye, el personal de salud y de asistencia social de Barnet, Camden, Enfield, Haringey e Islington no verá su información en el registro integrado.",
      CHOICE_RULES.optOutDoesNot,
      ...CHOICE_RULES.emergencyWarning.paragraphs,
      `Puede solicitar la exclusión ${FOR_WHOM}`,
    ],
  },
  "opt-in": {
    choice: "OPT_IN",
    title: "Volver a incluirse en el registro integrado de salud y asistencia social",
    intro: [
      "Si se excluyó antes, puede volver a incluirse en cualquier momento. Entonces el personal de salud y de asistencia social podrá ver su información en el registro integrado cuando le atienda.",
      `Puede hacerlo ${FOR_WHOM}`,
    ],
  },
};

export const START_PAGE: Localised<typeof English.START_PAGE> = {
  beforeYouStart: "Antes de empezar",
  youWillNeed: "Necesitará:",
  needs: [
    "el nombre, la fecha de nacimiento y el código postal del domicilio de la persona",
    "el número del NHS de la persona, si lo sabe (puede continuar sin él)",
    "una dirección de correo electrónico que pueda abrir ahora, para recibir un código de seguridad",
    "si actúa en nombre de otra persona, una copia de sus documentos justificativos (como una partida de nacimiento o un poder notarial duradero), o puede enviarla por correo postal",
  ],
  takes: "Se tarda unos 5 minutos.",
  startButton: "Empezar ahora",
  paperIntro: "También puede",
  paperLink: "descargar un formulario en papel (PDF)",
  paperOutro: "para completarlo y enviárnoslo por correo postal.",
};

export const COMMON: Localised<typeof English.COMMON> = {
  backLink: "Volver",
  continue: "Continuar",
  change: "Cambiar",
  errorSummaryHeading: "Hay un problema",
  optional: "(opcional)",
  tooManyRequests: `Lo ha intentado demasiadas veces. Espere una hora y vuelva a intentarlo, o llámenos al ${CONTACT_DETAILS.phone}.`,
  tooManyForThisPerson: `Hoy hemos recibido demasiadas decisiones para este número del NHS, así que no podemos aceptar otra por internet. Inténtelo de nuevo mañana, o llámenos al ${CONTACT_DETAILS.phone}.`,
  notSaved: "Lo sentimos, hay un problema con el servicio y esta respuesta no se ha guardado. Inténtelo de nuevo dentro de unos minutos.",
};

export const WHO_FOR: Localised<typeof English.WHO_FOR> = {
  title: "¿Para quién es esta decisión?",
  options: [
    { value: "SELF", label: "Para mí" },
    { value: "PARENT_OR_GUARDIAN", label: `Para un niño o una niña menor de ${CHILD_AGE_LIMIT} años sobre quien tengo responsabilidad parental` },
    { value: "ATTORNEY", label: "Para alguien de quien soy apoderado con un poder notarial duradero para salud y bienestar" },
    { value: "DEPUTY", label: "Para alguien de quien soy representante legal nombrado por un tribunal" },
  ],
  errors: { required: "Elija para quién es la decisión" },
};

export const ABOUT_YOU: Localised<typeof English.ABOUT_YOU> = {
  title: "Sobre usted",
  hint: "Como está tomando esta decisión en nombre de otra persona, también necesitamos sus datos.",
  proxyName: { label: "Su nombre completo" },
  proxyRelationship: { label: "Su relación con la persona", hint: "Por ejemplo, madre, padre, tutor, hijo o hija" },
  errors: {
    proxyNameRequired: "Escriba su nombre completo",
    proxyNameTooLong: DECISION_ERRORS.proxyName.tooLong,
    proxyNameCharacters: "Su nombre solo puede tener letras, espacios, guiones y apóstrofos",
    relationshipRequired: "Escriba su relación con la persona",
    relationshipTooLong: DECISION_ERRORS.proxyRelationship.tooLong,
    relationshipCharacters: "La relación solo puede tener letras, espacios, guiones y apóstrofos",
  },
};

export const NAME: Localised<typeof English.NAME> = {
  titleSelf: "¿Cómo se llama?",
  titleProxy: "¿Cómo se llama la persona?",
  givenName: { label: "Nombre" },
  familyName: { label: "Apellidos" },
  errors: {
    givenNameRequired: "Escriba el nombre",
    givenNameTooLong: DECISION_ERRORS.givenName.tooLong,
    givenNameCharacters: "El nombre solo puede tener letras, espacios, guiones y apóstrofos",
    familyNameRequired: "Escriba los apellidos",
    familyNameTooLong: DECISION_ERRORS.familyName.tooLong,
    familyNameCharacters: "Los apellidos solo pueden tener letras, espacios, guiones y apóstrofos",
  },
};

export const DATE_OF_BIRTH: Localised<typeof English.DATE_OF_BIRTH> = {
  titleSelf: "¿Cuál es su fecha de nacimiento?",
  titleProxy: "¿Cuál es la fecha de nacimiento de la persona?",
  hint: "Por ejemplo, 15 3 1984",
  day: "Día",
  month: "Mes",
  year: "Año",
  errors: {
    required: "Escriba una fecha de nacimiento",
    missingDay: "La fecha de nacimiento debe incluir el día",
    missingMonth: "La fecha de nacimiento debe incluir el mes",
    missingYear: "La fecha de nacimiento debe incluir el año",
    yearFourDigits: "El año debe tener 4 números",
    invalid: DECISION_ERRORS.dateOfBirth.invalid,
    future: DECISION_ERRORS.dateOfBirth.future,
    tooOld: DECISION_ERRORS.dateOfBirth.tooOld,
    childTooOld: `El niño o la niña debe tener menos de ${CHILD_AGE_LIMIT} años. Los jóvenes de ${CHILD_AGE_LIMIT} años o más toman su propia decisión`,
  },
};

export const NHS_NUMBER: Localised<typeof English.NHS_NUMBER> = {
  titleSelf: "¿Cuál es su número del NHS?",
  titleProxy: "¿Cuál es el número del NHS de la persona?",
  label: "Número del NHS (opcional)",
  hint: "Es un número de 10 cifras, como 999 123 4567. Déjelo en blanco si no lo sabe.",
  helpSummary: "Dónde encontrar un número del NHS",
  help: [
    "Puede encontrar el número del NHS en cualquier carta o documento del NHS, en una receta, en la NHS App o preguntando en el consultorio del médico de cabecera.",
    "Si no lo sabe, deje esto en blanco. Buscaremos el registro de la persona con su nombre, su fecha de nacimiento y su código postal.",
  ],
};

export const POSTCODE: Localised<typeof English.POSTCODE> = {
  titleSelf: "¿Cuál es el código postal de su domicilio?",
  titleProxy: "¿Cuál es el código postal del domicilio de la persona?",
  label: "Código postal",
  hint: "Por ejemplo, N1 1AA",
  errors: { required: "Escriba un código postal", tooLong: "El código postal debe tener 8 caracteres o menos" },
};

export const GP_PRACTICE: Localised<typeof English.GP_PRACTICE> = {
  titleSelf: "¿Cuál es su consultorio de médico de cabecera?",
  titleProxy: "¿Cuál es el consultorio de médico de cabecera de la persona?",
  label: "Consultorio del médico de cabecera (opcional)",
  hint: "Elija entre los consultorios de Barnet, Camden, Enfield, Haringey e Islington. Déjelo como está si el consultorio no aparece en la lista o si no lo sabe.",
  none: "No aparece en la lista o no lo sé",
  errors: { unknown: "Elija un consultorio de médico de cabecera de la lista" },
};

export const NOT_ELIGIBLE: Localised<typeof English.NOT_ELIGIBLE> = {
  title: "No puede usar este servicio",
  paragraphs: [
    "El registro integrado de salud y asistencia social es para las personas que viven en Barnet, Camden, Enfield, Haringey o Islington, o que están registradas en un consultorio de médico de cabecera de estos distritos. El código postal y el consultorio que ha indicado están fuera de estas zonas.",
  ],
  whatToDoHeading: "Qué puede hacer en su lugar",
  alternatives: [
    {
      text: "Decida si su información confidencial de paciente se usa para investigación y planificación con la exclusión nacional de datos (página en inglés)",
      href: "https://www.nhs.uk/your-nhs-data-matters/",
    },
    {
      text: "Infórmese sobre el registro compartido de atención de la zona donde vive, en el consultorio de su médico de cabecera o en su ayuntamiento (página en inglés)",
      href: "https://www.nhs.uk/service-search/find-a-gp",
    },
  ],
  changeAnswers: "Si se ha equivocado,",
  changePostcode: "cambie el código postal",
  or: "o",
  changeGp: "cambie el consultorio del médico de cabecera",
};

export const EVIDENCE: Localised<typeof English.EVIDENCE> = {
  title: "Documentos que demuestran que puede actuar en nombre de la persona",
  hint: "Para un niño o una niña, puede ser la partida de nacimiento o una orden judicial. Para un adulto, un poder notarial duradero para salud y bienestar o una orden judicial que le nombre representante legal.",
  methodLegend: "¿Cómo va a enviar sus documentos justificativos?",
  methods: [
    { value: "UPLOAD", label: "Subirlos ahora" },
    { value: "POST", label: "Enviaré una copia por correo postal" },
  ],
  fileLabel: "Subir un archivo",
  fileHint: `Solo si eligió subirlos ahora. Un archivo PDF, JPEG o PNG de menos de ${EVIDENCE_MAX_MEGABYTES} MB. Vale una foto del documento.`,
  alreadyUploaded: (fileName) => `Ha subido ${fileName}. Elija otro archivo para sustituirlo.`,
  postAddressIntro: "Envíe una copia (no el original) por correo postal a:",
  errors: {
    methodRequired: "Elija cómo va a enviar sus documentos justificativos",
    fileRequired: "Elija un archivo para subir",
    fileTooBig: `El archivo elegido debe ocupar menos de ${EVIDENCE_MAX_MEGABYTES} MB`,
    requestTooBig: `El archivo elegido debe ocupar menos de ${EVIDENCE_MAX_MEGABYTES} MB. Elija un archivo más pequeño, o elija «Enviaré una copia por correo postal» y no elija ningún archivo`,
    fileWrongType: "El archivo elegido debe ser PDF, JPEG o PNG",
  },
};

export const DECISION: Localised<typeof English.DECISION> = {
  title: "¿Qué quiere hacer?",
  options: [
    { value: "OPT_OUT", label: "Excluirme del registro integrado de salud y asistencia social" },
    { value: "OPT_IN", label: "Volver a incluirme en el registro integrado de salud y asistencia social" },
  ],
  errors: { required: "Elija si quiere excluirse o volver a incluirse" },
};

export const EMAIL: Localised<typeof English.EMAIL> = {
  title: "¿Cuál es su dirección de correo electrónico?",
  label: "Dirección de correo electrónico",
  hint: "Ahora le enviaremos un código de seguridad a esta dirección, y después su confirmación.",
  sendButton: "Enviar el código",
  errors: {
    required: "Escriba una dirección de correo electrónico",
    invalid: "Escriba una dirección de correo electrónico con el formato correcto, como nombre@example.com",
    tooLong: "La dirección de correo electrónico debe tener 254 caracteres o menos",
  },
};

export const CONFIRM_EMAIL: Localised<typeof English.CONFIRM_EMAIL> = {
  title: "Revise su correo electrónico",
  sentTo: (email) => `Hemos enviado un código de seguridad de 6 cifras a ${email}. Caduca a los 10 minutos.`,
  label: "Código de seguridad",
  hint: "El código tiene 6 números",
  resendIntro: "¿No lo ha recibido? Revise la carpeta de correo no deseado, o",
  resendButton: "Enviar un código nuevo",
  resent: "Le hemos enviado un código nuevo. Use el más reciente.",
  changeEmail: "Usar otra dirección de correo electrónico",
  errors: {
    required: "Escriba el código de seguridad de 6 cifras",
    format: "El código de seguridad debe tener 6 números",
    wrong: "El código de seguridad no es correcto. Revise el correo electrónico y vuelva a intentarlo",
    expired: "El código de seguridad ha caducado. Pida un código nuevo",
    tooManyAttempts: "Ha escrito un código incorrecto demasiadas veces. Pida un código nuevo",
    resendTooSoon: "Espere un minuto antes de pedir otro código",
    tooManyCodes: "Ha pedido demasiados códigos. Espere una hora y vuelva a intentarlo",
    noCode: "Primero pida un código de seguridad",
  },
};

export const CHECK_ANSWERS: Localised<typeof English.CHECK_ANSWERS> = {
  title: "Revise sus respuestas antes de enviarlas",
  rows: {
    madeBy: "Para quién es la decisión",
    proxyName: "Su nombre",
    proxyRelationship: "Su relación con la persona",
    name: "Nombre",
    dateOfBirth: "Fecha de nacimiento",
    nhsNumber: "Número del NHS",
    postcode: "Código postal del domicilio",
    gpPractice: "Consultorio del médico de cabecera",
    evidence: "Documentos justificativos",
    decision: "Decisión",
    email: "Dirección de correo electrónico",
  },
  notGiven: "No indicado",
  evidenceUploaded: (fileName) => `Subido: ${fileName}`,
  evidencePost: "Enviaré una copia por correo postal",
  declarationHeading: "Ahora envíe su decisión",
  declaration:
    "Al enviar esto, confirma que la información es correcta y, si actúa en nombre de otra persona, que tiene derecho a tomar esta decisión por ella.",
  submit: "Enviar mi decisión",
  errors: {
    incomplete: "Faltan algunas respuestas. Responda a todas las preguntas y vuelva a intentarlo",
    emailNotProved: "Confirme su dirección de correo electrónico con un código de seguridad antes de enviar",
  },
};

const POST_EVIDENCE = {
  heading: "Envíe sus documentos justificativos por correo postal",
  intro: "Envíe una copia (no el original) de sus documentos justificativos por correo postal a:",
  quoteReference: (reference: string) =>
    `Escriba su número de referencia, ${reference}, en el reverso de la copia o en una nota que la acompañe, para que podamos relacionarla con su decisión.`,
};

export const CONFIRMATION: Localised<typeof English.CONFIRMATION> = {
  title: { OPT_OUT: "Su exclusión ha quedado registrada", OPT_IN: "Su solicitud para volver a incluirse ha quedado registrada" },
  referenceLabel: "Su número de referencia",
  emailSent: (email) =>
    `Hemos enviado un correo electrónico de confirmación a ${email}. Guarde su número de referencia por si necesita ponerse en contacto con nosotros.`,
  whatHappensNext: "Qué pasa ahora",
  next: {
    OPT_OUT_EFFECTIVE: [
      "Su exclusión ya tiene efecto. El registro integrado no mostrará la información de esta persona al personal de salud y de asistencia social.",
      "El personal puede seguir compartiendo información por teléfono, por correo electrónico o por carta cuando lo necesite.",
    ],
    // The same words for everyone who opts back in without NHS login: they must not reveal anyone's current choice.
    OPT_IN_RECEIVED: [
      "Hemos recibido su solicitud para volver a incluirse. Comprobamos cada solicitud con el registro de decisiones. Si cambia una exclusión anterior, puede que no tenga efecto hasta que nuestro equipo la haya revisado.",
      "Por privacidad, aquí no mostramos si ya tiene efecto, porque cualquier persona puede enviar este formulario. Para saberlo, inicie sesión con NHS login y consulte su decisión, o póngase en contacto con nosotros.",
      "Si nuestro equipo no puede aceptarla, le enviaremos un correo electrónico para explicarle por qué.",
    ],
    PROXY_EVIDENCE: `Nuestro equipo revisará sus documentos justificativos${EVIDENCE_CHECK_WITHIN ? ` ${EVIDENCE_CHECK_WITHIN}` : ""}. Si no podemos aceptarlos, retiraremos la decisión y le enviaremos un correo electrónico para explicarle por qué.`,
  },
  postEvidence: POST_EVIDENCE,
  changeMind: "Puede cambiar de opinión en cualquier momento excluyéndose o volviendo a incluirse en este sitio web, o llamándonos.",
  backHome: "Volver a la página de inicio del registro integrado",
};

/** The programme's postal address, for forms and evidence. */
export const RETURN_ADDRESS: Localised<typeof English.RETURN_ADDRESS> = CONTACT_DETAILS.postalAddress;
export const CONTACT_PHONE: Localised<typeof English.CONTACT_PHONE> = CONTACT_DETAILS.phone;

export const CHOICE_EMAILS: Localised<typeof English.CHOICE_EMAILS> = {
  codeSubject: "Su código de seguridad",
  codeBody: (code) => [
    `Su código de seguridad para el registro integrado de salud y asistencia social del norte de Londres es ${code}.`,
    "",
    "Caduca dentro de 10 minutos. Si no lo ha pedido, puede ignorar este correo electrónico.",
  ],
  confirmationSubject: (reference) => `Su decisión ha quedado registrada: referencia ${reference}`,
  confirmationTitle: "Su decisión sobre el registro integrado de salud y asistencia social",
  rows: {
    reference: "Número de referencia",
    choice: "Decisión",
    status: "Estado",
    person: "Para",
    madeBy: "Tomada por",
    recordedAt: "Registrada",
  },
  madeByValue: {
    SELF: "La propia persona",
    PARENT_OR_GUARDIAN: (proxyName) => `${proxyName}, padre, madre o tutor con responsabilidad parental sobre la persona`,
    ATTORNEY: (proxyName) => `${proxyName}, apoderado de la persona con un poder notarial duradero para salud y bienestar`,
    DEPUTY: (proxyName) => `${proxyName}, representante legal de la persona nombrado por un tribunal`,
  },
  postEvidence: (reference) => [POST_EVIDENCE.intro, onLines(CONTACT_DETAILS.marked.postalAddress), POST_EVIDENCE.quoteReference(reference)],
  choiceLabel: { OPT_OUT: "Excluirse", OPT_IN: "Volver a incluirse" },
  statusLabel: { EFFECTIVE: "Ya tiene efecto", AWAITING_REVIEW: "Pendiente de revisión por nuestro equipo" },
  optInStatus: "Recibida. La comprobamos con el registro de decisiones",
  changeMind: (links: SiteLinks) => ["Para cambiar de opinión en cualquier momento, llámenos, o vuelva a excluirse o a incluirse en nuestro sitio web: ", { href: links.site }],
  contact: (links: SiteLinks) => [
    `Indique su número de referencia si se pone en contacto con nosotros. Llame al ${CONTACT_DETAILS.phone} (`, CONTACT_DETAILS.marked.phoneHours, `), escriba a ${CONTACT_DETAILS.email} o use la página de contacto de nuestro sitio web: `,
    { href: links.contact },
  ],
  emergencyWarning: CHOICE_RULES.emergencyWarning.paragraphs.join(" "),
};

export const PAPER_FORM: Localised<typeof English.PAPER_FORM> = {
  title: "Excluirse o volver a incluirse: formulario en papel",
  subject: "Formulario en papel para excluirse del registro integrado de salud y asistencia social del norte de Londres, o para volver a incluirse",
  intro:
    "Use este formulario para excluirse del registro integrado de salud y asistencia social de Barnet, Camden, Enfield, Haringey e Islington, o para volver a incluirse. Escriba en letras mayúsculas. Complete un formulario para cada persona.",
  formReferenceLabel: "Referencia del formulario",
  sections: {
    decision: "1. Su decisión (marque una)",
    whoFor: "2. ¿Para quién es esta decisión? (marque una)",
    person: "3. Sobre la persona",
    proxy: "4. Sobre usted, si actúa en nombre de otra persona",
    contact: "5. Sus datos de contacto",
    sign: "6. Firma y fecha",
  },
  fields: {
    givenName: "Nombre",
    familyName: "Apellidos",
    dateOfBirth: "Fecha de nacimiento (DD MM AAAA)",
    nhsNumber: "Número del NHS, si lo sabe",
    postcode: "Código postal del domicilio",
    gpPractice: "Consultorio del médico de cabecera, si lo sabe",
    proxyName: "Su nombre completo",
    proxyRelationship: "Su relación con la persona",
    evidence:
      "Adjunte una copia (no el original) de sus documentos justificativos: una partida de nacimiento o una orden judicial para un niño o una niña, o un poder notarial duradero para salud y bienestar o una orden judicial para un adulto.",
    email: "Dirección de correo electrónico, para su confirmación",
    phone: "Número de teléfono, si no tiene correo electrónico",
    signature: "Firma",
    date: "Fecha",
  },
  rulesHeading: "Antes de completar este formulario",
  onlineLine: "También puede tomar su decisión por internet en",
  returnHeading: "Adónde enviar este formulario",
  returnIntro: `Envíe el formulario por correo postal a esta dirección.${CONTACT_DETAILS.postage ? ` ${CONTACT_DETAILS.postage}` : ""}`,
  staffUse: "Para uso de la oficina: fecha de recepción y registrado por",
};
