import type { ProgrammeText } from "../../../i18n/programme-text";

// The default programme facts' free text in Easy Read: short sentences,
// everyday words. programmeText() in lib/i18n/programme-text.ts shows the
// operator's own English words instead wherever a fact has been changed.

export const PROGRAMME_TEXT: ProgrammeText = {
  teamName: "Joined-up record team",
  phoneHours: "Monday to Friday, 9am to 5pm. These times are only an example.",
  postalAddress: ["Joined-up record team", "North London Partners in health and care", "Example address. Do not post to it.", "London"],
  excludedInformation: {
    SEXUAL_HEALTH: {
      category: "Sexual health",
      includes: "Visits to sexual health clinics. Tests and treatment for infections you can get from sex.",
    },
    FERTILITY: { category: "Fertility treatment", includes: "IVF. Other treatment to help you have a baby." },
    DOMESTIC_ABUSE: {
      category: "Domestic violence",
      includes: "Reports of violence or abuse at home. Help from services for people abused at home.",
    },
    CRIMINAL_JUSTICE: { category: "Criminal records", includes: "Criminal records. Information from the police, the courts or probation." },
    HIV: { category: "HIV and AIDS", includes: "HIV tests and results. HIV treatment and care." },
    CONTRACEPTION: {
      category: "Contraception",
      includes: "Contraception from a sexual health service or a family planning service. Contraception stops you getting pregnant.",
    },
    TERMINATION: { category: "Ending a pregnancy", includes: "Abortion. Care that goes with it." },
    GENDER_IDENTITY: {
      category: "Gender identity",
      includes: "Gender identity services. Any record that you changed your gender.",
    },
    SEXUAL_ASSAULT: { category: "Sexual assault", includes: "Care after rape or sexual assault." },
    SAFEGUARDING: {
      category: "Safeguarding",
      includes: "Worries and plans to keep a child safe from harm. Worries and plans to keep an adult at risk safe from harm.",
    },
    ADOPTION: { category: "Adoption", includes: "Adoption records." },
    SUBSTANCE_USE: {
      category: "Drug and alcohol services",
      includes: "Treatment and help from special services for drugs and alcohol.",
    },
    GENETICS: { category: "Genetic tests", includes: "Results of genetic tests. These tests look at the genes you got from your family." },
    THERAPY_NOTES: { category: "Notes from talking therapy", includes: "Notes from counselling. Notes from psychotherapy sessions." },
    COMPLAINTS_LEGAL: { category: "Complaints and legal claims", includes: "Complaints about care. Legal claims about care." },
    MARKED_PRIVATE: {
      category: "Information marked as private",
      includes: "Anything a professional has marked as private in their own record.",
    },
  },
  roles: [
    {
      role: "GPs (family doctors)",
      sees: "They see your medicines and allergies. They also see hospital notes, test results and appointments.",
      why: "They look after your health over time.",
    },
    {
      role: "Hospital clinicians (doctors, nurses and others who treat you)",
      sees: "They see your medicines and allergies. They also see past hospital stays and test results.",
      why: "They check you and treat you. Sometimes this is in an emergency.",
    },
    {
      role: "Community health workers",
      sees: "They see your medicines and allergies. They also see the care you get at home.",
      why: "They care for you at home or in clinics.",
    },
    {
      role: "Mental health staff",
      sees: "They see your medicines and allergies. They also see your mental health care.",
      why: "Your body's health can affect your mental health care.",
    },
    {
      role: "Social workers",
      sees: "They see the help you get from adult social care. They also see some health information.",
      why: "They plan your care and support.",
    },
    {
      role: "Occupational therapists",
      sees: "They see the parts of your record about everyday living and help at home.",
      why: "They help you stay safe. They help you do things for yourself.",
    },
  ],
  dataControllers: ["Example Hospital NHS Trust (example)", "Example Borough Council (example)"],
  dataProtectionOfficerName: "Data protection officer (example)",
};
