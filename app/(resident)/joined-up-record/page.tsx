import type { SiteContent } from "@/lib/content/locales/site-content";

import { GuidePage, informationPageMetadata } from "../_components/information-pages";

const page = (content: SiteContent) => content.joinedUpRecord.JOINED_UP_RECORD_PAGE;

export const generateMetadata = informationPageMetadata(page);

export default function JoinedUpRecordPage() {
  return <GuidePage page={page} />;
}
