// How residents reach the joined-up record team. One place, so the web pages,
// the leaflet and the emails always give the same details.
//
// The phone number is in Ofcom's range kept for examples (020 7946 0xxx) and
// the email domain is reserved for examples: both are placeholders until the
// programme confirms its own, so no resident can reach a stranger by mistake.

export const CONTACT_DETAILS = {
  teamName: "Joined-up record team",
  phone: "020 7946 0321",
  /** The href form of the phone number. */
  phoneHref: "tel:+442079460321",
  phoneHours: "Monday to Friday, 9am to 5pm (not on bank holidays)",
  textRelay: "If you have hearing or speech difficulties, you can call us using Relay UK. Dial 18001 then 020 7946 0321.",
  interpreter: "If you need an interpreter, call us and tell us which language you speak. We will call you back with an interpreter. This is free.",
  email: "joined-up-record@example.org",
  postalAddress: ["Joined-up record team", "North London Partners in health and care", "Freepost JOINED UP RECORD"],
  otherFormats:
    "You can ask for this information in large print, easy read, braille, audio or another language.",
} as const;
