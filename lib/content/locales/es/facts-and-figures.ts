import type * as English from "../../facts-and-figures";
import { FACTS_AND_FIGURES_CSV_PATH, FACTS_AND_FIGURES_JSON_PATH } from "../../facts-and-figures";
import { formatDate } from "../../../i18n/icu";
import type { Localised } from "../../../i18n/localised";

// The public facts and figures page in Spanish. Download addresses, file
// names and the downloads' codes stay as in English.

export const BOROUGH_LABELS: Localised<typeof English.BOROUGH_LABELS> = {
  BARNET: "Barnet",
  CAMDEN: "Camden",
  ENFIELD: "Enfield",
  HARINGEY: "Haringey",
  ISLINGTON: "Islington",
  UNKNOWN: "Distrito desconocido",
};

/** How a decision reached the register, as residents would put it. */
export const CHANNEL_LABELS: Localised<typeof English.CHANNEL_LABELS> = {
  ONLINE: "Por internet",
  PAPER: "Formulario en papel",
  PHONE: "Por teléfono",
  CAREMYWAY_IMPORT: "Trasladada desde CareMyWay",
  CIDR_IMPORT: "Trasladada desde CIDR",
};

/** "2026-10" becomes "octubre de 2026". */
export const monthLabel: Localised<typeof English.monthLabel> = (yearMonth) =>
  formatDate("es", new Date(`${yearMonth}-01T12:00:00Z`), { timeZone: "UTC", month: "long", year: "numeric" });

/** "de octubre de 2025 a septiembre de 2026". */
export const periodLabel: Localised<typeof English.periodLabel> = (months) => {
  const first = months.at(0);
  const last = months.at(-1);
  return first && last ? `de ${monthLabel(first)} a ${monthLabel(last)}` : "";
};

export const FEWER_THAN_10: Localised<typeof English.FEWER_THAN_10> = "menos de 10";
export const NOT_SHOWN: Localised<typeof English.NOT_SHOWN> = "no se muestra";

export const FACTS_AND_FIGURES: Localised<typeof English.FACTS_AND_FIGURES> = {
  title: "Datos y cifras",
  description:
    "Cuántas personas se excluyeron del registro integrado, o volvieron a incluirse, cada mes, por distrito y según cómo nos lo comunicaron.",
  lede: "Cuántas personas se excluyeron del registro integrado, o volvieron a incluirse, cada mes.",
  aboutHeading: "Sobre estas cifras",
  about: [
    "Cada cifra cuenta las decisiones que tienen efecto, según el mes en que la persona las tomó (hora del Reino Unido). No se cuenta una decisión que se retiró, por ejemplo porque no se aceptaron sus documentos justificativos. Una persona que se excluyó y más tarde volvió a incluirse se cuenta una vez en cada mes.",
    "Para proteger la privacidad de las personas, los números menores de 10 se muestran como «menos de 10», y los demás números se redondean al múltiplo de 5 más cercano. Los totales se redondean por separado, así que puede que no sumen exactamente.",
    "El cambio neto es el número de exclusiones menos el número de inclusiones, calculado con los números redondeados. No se muestra cuando alguno de los dos números es menos de 10.",
    "El distrito se calcula a partir del código postal, o a partir del consultorio del médico de cabecera cuando el código postal no está en la zona. «Distrito desconocido» significa que no pudimos saberlo.",
    "Las cifras de este mes se añaden cuando termina el mes.",
  ],
  periodSelect: {
    legend: "Mostrar las cifras de",
    label: "Periodo",
    wholePeriod: (months) => `Los 12 meses (${periodLabel(months)})`,
    button: "Mostrar las cifras",
    unknownMonth: "No tenemos cifras de ese mes. Mostramos los 12 meses.",
  },
  eachMonthHeading: "Cada mes",
  byBoroughHeading: "Por distrito",
  byChannelHeading: "Según cómo nos lo comunicaron",
  forPeriod: (label) => `Cifras de ${label}`,
  columns: {
    month: "Mes",
    borough: "Distrito",
    channel: "Cómo nos lo comunicaron",
    optOuts: "Exclusiones",
    optIns: "Inclusiones",
    net: "Cambio neto",
  },
  totalRow: "Total",
  caption: {
    eachMonth: (period) => `Exclusiones, inclusiones y cambio neto cada mes, ${period}`,
    byBorough: (period) => `Exclusiones, inclusiones y cambio neto por distrito, ${period}`,
    byChannel: (period) => `Exclusiones, inclusiones y cambio neto según cómo nos lo comunicaron, ${period}`,
  },
  chart: {
    title: (caption) => `Gráfico de barras: ${caption}`,
    description:
      "Las barras muestran las exclusiones y las inclusiones. Un número que se muestra como menos de 10 no tiene barra. Las mismas cifras están en la tabla debajo del gráfico.",
    optOuts: "Exclusiones",
    optIns: "Inclusiones",
    fewerThan10Mark: "<10",
  },
  downloadsHeading: "Descargar las cifras",
  downloads: [
    { text: "Descargar las cifras como hoja de cálculo (CSV)", href: FACTS_AND_FIGURES_CSV_PATH },
    { text: "Descargar las cifras como datos (JSON)", href: FACTS_AND_FIGURES_JSON_PATH },
  ],
  downloadsNote: "Las descargas contienen todos los meses por distrito y según cómo nos lo comunicaron, con el mismo redondeo.",
  generatedAt: (when) => `Cifras calculadas el ${when}.`,
  csvFileName: "joined-up-record-facts-and-figures",
  jsonTitle: "Registro integrado de salud y asistencia social del norte de Londres: exclusiones e inclusiones cada mes",
  staffSection: {
    heading: "Datos y cifras públicos",
    intro:
      "Las cifras que ven los residentes en la página pública de datos y cifras, con el mismo redondeo. Las personas de prueba del sistema (canary) nunca se cuentan.",
    link: "Abrir la página pública",
  },
};
