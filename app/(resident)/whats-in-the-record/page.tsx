import type { SiteContent } from "@/lib/content/locales/site-content";

import { GuidePage, informationPageMetadata } from "../_components/information-pages";

const page = (content: SiteContent) => content.whatsInTheRecord.WHATS_IN_THE_RECORD_PAGE;

export const generateMetadata = informationPageMetadata(page);

export default function WhatsInTheRecordPage() {
  return <GuidePage page={page} />;
}
