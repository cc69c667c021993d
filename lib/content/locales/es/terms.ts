import type * as English from "../../terms";
import type { Localised } from "../../../i18n/localised";

// Words residents meet on these pages, explained once in plain Spanish. The
// UK legal names stay beside the Spanish where residents will meet them in
// English on the documents themselves.

export const TERMS: Localised<typeof English.TERMS> = {
  parentalResponsibility: {
    term: "Responsabilidad parental",
    text: "Los derechos y deberes legales que tiene un padre o una madre sobre su hijo, como dar su consentimiento para un tratamiento médico. La madre la tiene desde el nacimiento del niño. Otras personas también pueden tenerla, por ejemplo el padre en muchos casos, o alguien a quien un tribunal se la haya dado. Si tiene dudas sobre si la tiene, consulte a un abogado (solicitor) o a Citizens Advice.",
  },
  lastingPowerOfAttorney: {
    term: "Poder notarial duradero para salud y bienestar",
    text: "Un documento legal con el que una persona elige a alguien de su confianza (su apoderado). El apoderado toma decisiones sobre la salud y la atención de la persona si ella misma no puede tomarlas. Tiene que estar registrado en la Oficina del Tutor Público (Office of the Public Guardian) antes de poder usarse. En inglés se llama «Lasting Power of Attorney for health and welfare».",
  },
  deputy: {
    term: "Representante legal y Tribunal de Protección",
    text: "El Tribunal de Protección (Court of Protection) toma decisiones por las personas que no pueden tomar algunas decisiones por sí mismas. Puede nombrar a un representante legal (en inglés, «deputy») para que tome decisiones por una persona. Una orden judicial indica lo que el representante legal puede decidir.",
  },
  nationalDataOptOut: {
    term: "Exclusión nacional de datos (National data opt-out)",
    text: "Una decisión distinta del NHS sobre si su información confidencial de paciente se usa para investigación y planificación en toda Inglaterra. No es lo mismo que excluirse del registro integrado. Tomar una decisión no supone tomar la otra: si quiere las dos, tiene que tomar las dos.",
  },
  careMyWayAndCidr: {
    term: "CareMyWay y CIDR",
    text: "Programas locales anteriores para compartir registros: CareMyWay en Islington y CIDR en Camden. Si se excluyó de alguno de ellos, esa exclusión se ha trasladado al registro integrado.",
  },
  ukGdpr: {
    term: "RGPD del Reino Unido (UK GDPR)",
    text: "El Reglamento General de Protección de Datos del Reino Unido. Junto con la Ley de Protección de Datos de 2018 (Data Protection Act 2018), es la ley sobre la información de las personas. Dice cómo deben usarla y protegerla las organizaciones del Reino Unido. La página para residentes lo llama Reglamento General de Protección de Datos de 2016. Era una ley europea, y pasó a ser el RGPD del Reino Unido cuando el Reino Unido salió de la UE.",
  },
};

/** A "definitions" block with the given terms, for a page section. */
export const termsBlock: Localised<typeof English.termsBlock> = (keys) => ({ kind: "definitions", items: keys.map((key) => TERMS[key]) });
