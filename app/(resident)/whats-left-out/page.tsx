import type { SiteContent } from "@/lib/content/locales/site-content";

import { GuidePage, informationPageMetadata } from "../_components/information-pages";

const page = (content: SiteContent) => content.whatsLeftOut.WHATS_LEFT_OUT_PAGE;

export const generateMetadata = informationPageMetadata(page);

export default function WhatsLeftOutPage() {
  return <GuidePage page={page} />;
}
