import type { SiteContent } from "@/lib/content/locales/site-content";
import { getResidentContent } from "@/lib/i18n/server";

import { StandalonePage, informationPageMetadata } from "../_components/information-pages";
import { CallbackForm } from "./callback-form";

const page = (content: SiteContent) => content.contact.CONTACT_PAGE;

export const generateMetadata = informationPageMetadata(page);

export default async function ContactPage() {
  const { CALLBACK_FORM } = (await getResidentContent()).content.contact;
  return (
    <StandalonePage page={page}>
      <section aria-labelledby={CALLBACK_FORM.id}>
        <h2 id={CALLBACK_FORM.id}>{CALLBACK_FORM.heading}</h2>
        <p>{CALLBACK_FORM.intro}</p>
        <CallbackForm form={CALLBACK_FORM} />
      </section>
    </StandalonePage>
  );
}
