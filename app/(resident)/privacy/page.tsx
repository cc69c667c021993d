import type { SiteContent } from "@/lib/content/locales/site-content";

import { StandalonePage, informationPageMetadata } from "../_components/information-pages";

const page = (content: SiteContent) => content.privacy.PRIVACY_PAGE;

export const generateMetadata = informationPageMetadata(page);

export default function PrivacyPage() {
  return <StandalonePage page={page} />;
}
