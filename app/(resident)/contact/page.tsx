import { CALLBACK_FORM, CONTACT_PAGE } from "@/lib/content/contact";

import { StandalonePage, informationPageMetadata } from "../_components/information-pages";
import { CallbackForm } from "./callback-form";

export const metadata = informationPageMetadata(CONTACT_PAGE);

export default function ContactPage() {
  return (
    <StandalonePage page={CONTACT_PAGE}>
      <section aria-labelledby={CALLBACK_FORM.id}>
        <h2 id={CALLBACK_FORM.id}>{CALLBACK_FORM.heading}</h2>
        <p>{CALLBACK_FORM.intro}</p>
        <CallbackForm />
      </section>
    </StandalonePage>
  );
}
