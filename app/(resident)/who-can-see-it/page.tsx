import type { SiteContent } from "@/lib/content/locales/site-content";

import { GuidePage, informationPageMetadata } from "../_components/information-pages";

const page = (content: SiteContent) => content.whoCanSeeIt.WHO_CAN_SEE_IT_PAGE;

export const generateMetadata = informationPageMetadata(page);

export default function WhoCanSeeItPage() {
  return <GuidePage page={page} />;
}
