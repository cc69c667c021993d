import type { SiteContent } from "@/lib/content/locales/site-content";

import { GuidePage, informationPageMetadata } from "../_components/information-pages";

const page = (content: SiteContent) => content.isMyInformationSafe.IS_MY_INFORMATION_SAFE_PAGE;

export const generateMetadata = informationPageMetadata(page);

export default function IsMyInformationSafePage() {
  return <GuidePage page={page} />;
}
