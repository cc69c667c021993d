import type * as English from "../../nhs-login";
import type { Localised } from "../../../i18n/localised";

// NHS login and "Check your choice" in Spanish. "NHS login" and "NHS App" are
// the services' names and stay as they are.

const NOTHING_CHANGED = "No ha cambiado nada y no se ha registrado ninguna decisión.";

export const NHS_LOGIN_START: Localised<typeof English.NHS_LOGIN_START> = {
  heading: "Si tiene NHS login",
  intro:
    "Use su NHS login (el mismo que usa para la NHS App) para tomar su decisión rápidamente: no tendremos que preguntarle su nombre, su fecha de nacimiento ni su número del NHS, ni enviarle un código de seguridad.",
  button: "Continuar con NHS login",
  otherwiseHeading: "Si no tiene NHS login",
  otherwise: "Puede tomar su decisión aquí de todos modos. Le haremos algunas preguntas sobre usted y enviaremos un código de seguridad a su dirección de correo electrónico.",
  checkIntro: "Si inicia sesión con NHS login, puede ver su decisión actual y su historial.",
  checkLink: "Consultar su decisión",
};

/** The page for each reason an NHS login sign-in could not be used. Nothing was recorded in any of them. */
export const NHS_LOGIN_PROBLEMS: Localised<typeof English.NHS_LOGIN_PROBLEMS> = {
  cancelled: {
    title: "No terminó de iniciar sesión con NHS login",
    paragraphs: ["Dejó de iniciar sesión con NHS login, así que no ha cambiado nada y no se ha registrado ninguna decisión."],
    tryAgain: true,
  },
  "access-denied": {
    title: "NHS login no nos permitió ver sus datos",
    paragraphs: [
      `NHS login nos indicó que usted no aceptó compartir sus datos con este servicio, así que no pudimos confirmar quién es. ${NOTHING_CHANGED}`,
    ],
    tryAgain: true,
  },
  "login-required": {
    title: "Tiene que volver a iniciar sesión en NHS login",
    paragraphs: [`NHS login le pidió que volviera a iniciar sesión antes de poder confirmar quién es. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "provider-error": {
    title: "NHS login no pudo confirmar quién es usted",
    paragraphs: [`Algo salió mal entre NHS login y este servicio. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "no-sign-in": {
    title: "Su inicio de sesión con NHS login ha caducado",
    paragraphs: [`No encontramos el inicio de sesión que empezó en este dispositivo, o lo empezó hace más de 15 minutos. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  replayed: {
    title: "Este inicio de sesión con NHS login ya se ha usado",
    paragraphs: [
      `Cada inicio de sesión solo puede usarse una vez. Esto puede pasar si volvió atrás o actualizó la página después de iniciar sesión. ${NOTHING_CHANGED}`,
    ],
    tryAgain: true,
  },
  "state-mismatch": {
    title: "No pudimos relacionar este inicio de sesión con su visita",
    paragraphs: [
      "La respuesta de NHS login no coincidía con el inicio de sesión que empezó este dispositivo. Esto puede pasar si se modificó un enlace o si llegó aquí desde otro sitio web.",
      NOTHING_CHANGED,
    ],
    tryAgain: true,
  },
  "code-rejected": {
    title: "NHS login no aceptó este inicio de sesión",
    paragraphs: [`NHS login indicó que el inicio de sesión que le devolvimos no era válido o ya se había usado. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "nonce-mismatch": {
    title: "No pudimos relacionar este inicio de sesión con su visita",
    paragraphs: [`La identidad que envió NHS login pertenece a un inicio de sesión distinto del que empezó este dispositivo. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "token-signature": {
    title: "No pudimos comprobar que sus datos venían de NHS login",
    paragraphs: [`Los datos que recibimos no estaban firmados por NHS login, así que no podemos usarlos. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "token-expired": {
    title: "Su inicio de sesión con NHS login tardó demasiado",
    paragraphs: [`Los datos que envió NHS login habían caducado antes de que pudiéramos usarlos. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "token-invalid": {
    title: "No pudimos usar los datos que envió NHS login",
    paragraphs: [`Los datos que recibimos de NHS login no eran para este servicio, o estaban incompletos. ${NOTHING_CHANGED}`],
    tryAgain: true,
  },
  "vot-too-low": {
    title: "Su NHS login necesita que demuestre su identidad",
    paragraphs: [
      "Para tomar o consultar su decisión con NHS login, su NHS login debe estar totalmente verificado: usted demuestra quién es una sola vez, con un documento de identidad con foto, en la NHS App o en el sitio web de NHS login.",
      `${NOTHING_CHANGED} Puede demostrar quién es en NHS login y volver, o tomar su decisión sin NHS login.`,
    ],
    tryAgain: false,
  },
  "no-nhs-number": {
    title: "NHS login no nos dio su número del NHS",
    paragraphs: [
      "Necesitamos su número del NHS de NHS login para usarlo en su decisión, y NHS login no tenía ninguno para usted.",
      `${NOTHING_CHANGED} Puede tomar su decisión sin NHS login.`,
    ],
    tryAgain: false,
  },
  "nhs-number-differs": {
    title: "El número del NHS que escribió no es el de su NHS login",
    paragraphs: [
      "Antes escribió un número del NHS, y NHS login tiene otro distinto para usted. Su NHS login solo puede usarse para una decisión sobre usted mismo.",
      `${NOTHING_CHANGED} Si está tomando una decisión en nombre de otra persona, continúe sin NHS login.`,
    ],
    tryAgain: false,
  },
  "under-16": {
    title: "Todavía no puede usar este servicio",
    paragraphs: [
      "Su NHS login indica que tiene menos de 16 años. Hasta que cumpla 16 años, esta decisión la toma por usted su padre, su madre o un tutor con responsabilidad parental.",
      `${NOTHING_CHANGED} Su padre, su madre o un tutor puede tomar la decisión por usted por internet, en papel o por teléfono.`,
    ],
    tryAgain: false,
  },
  "provider-unavailable": {
    title: "NHS login no está disponible en este momento",
    paragraphs: [`No pudimos conectar con NHS login. ${NOTHING_CHANGED} Inténtelo de nuevo más tarde, o tome su decisión sin NHS login.`],
    tryAgain: true,
  },
};

export const NHS_LOGIN_PROBLEM_LINKS: Localised<typeof English.NHS_LOGIN_PROBLEM_LINKS> = {
  tryAgain: "Volver a intentarlo con NHS login",
  withoutNhsLogin: "Tomar su decisión sin NHS login",
  optOutWithout: "Excluirse sin NHS login",
  optInWithout: "Volver a incluirse sin NHS login",
  home: "Ir a la página de inicio",
};

export const CHECK_YOUR_CHOICE: Localised<typeof English.CHECK_YOUR_CHOICE> = {
  title: "Consultar su decisión",
  signInTitle: "Consultar su decisión con NHS login",
  signInIntro:
    "Inicie sesión con NHS login para ver su decisión actual sobre el registro integrado de salud y asistencia social y todas las decisiones registradas para su número del NHS.",
  signedInAs: (name, nhsNumber) => `Ha iniciado sesión con NHS login como ${name}, número del NHS ${nhsNumber}.`,
  currentHeading: "Su decisión actual",
  current: {
    participating: "Su información está incluida en el registro integrado.",
    "opted-out": "Usted se ha excluido. Su información no se comparte a través del registro integrado.",
  },
  currentSince: (date) => `Desde el ${date}.`,
  noDecisions:
    "No tenemos ninguna decisión registrada para su número del NHS, así que su información está incluida (todas las personas están incluidas, a menos que soliciten la exclusión).",
  carriedAcross: (scheme) => `Su exclusión de ${scheme} se trasladó: no tuvo que volver a hacer nada.`,
  awaitingReview: "Hay una decisión pendiente de revisión por nuestro equipo. Hasta entonces, su decisión sigue como estaba.",
  historyHeading: "Todas las decisiones para su número del NHS",
  historyCaption: "Decisiones para su número del NHS, de la más reciente a la más antigua",
  historyHead: ["Fecha", "Decisión", "Cómo", "Tomada por", "Referencia", "Estado"],
  choiceLabel: { OPT_OUT: "Exclusión", OPT_IN: "Inclusión" },
  channelLabel: { ONLINE: "Por internet", PAPER: "Formulario en papel", PHONE: "Por teléfono", CAREMYWAY_IMPORT: "CareMyWay (Islington)", CIDR_IMPORT: "CIDR (Camden)" },
  statusLabel: { EFFECTIVE: "Tiene efecto", AWAITING_REVIEW: "Pendiente de revisión", WITHDRAWN: "Retirada" },
  madeBySelf: "Usted",
  madeByProxy: (name, relationship) => `${name} (${relationship})`,
  changeHeading: "Cambiar su decisión",
  optOutButton: "Excluirme ahora",
  optInButton: "Volver a incluirme ahora",
  changeHint: "Como ha iniciado sesión con NHS login, su cambio tiene efecto en cuanto lo confirme en la página siguiente.",
  receiptLink: "Descargar un justificante (PDF)",
  signOut: "Cerrar sesión en este servicio",
  receiptTitle: "Su decisión sobre el registro integrado de salud y asistencia social",
  receiptSubject: "Un justificante de su decisión y de su historial",
  receiptIssued: (date) => `Emitido el ${date} para la persona que ha iniciado sesión con NHS login.`,
  receiptFooter: "Registro integrado de salud y asistencia social del norte de Londres: su decisión",
  receiptPage: "Página",
};

/** The journey's details from NHS login: shown on check your answers, never asked. */
export const NHS_LOGIN_DETAILS: Localised<typeof English.NHS_LOGIN_DETAILS> = {
  title: "Sus datos de NHS login",
  intro: "NHS login ha confirmado estos datos, así que no se los pediremos. No se pueden cambiar aquí.",
  madeBy: "Yo (con sesión iniciada en NHS login)",
  notGiven: "No indicado",
  sessionEnded:
    "Su sesión de NHS login ha terminado, así que no podemos enviar esta decisión como suya. Empiece de nuevo y continúe con NHS login, o tome su decisión sin NHS login.",
};
