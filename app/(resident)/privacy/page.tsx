import { PRIVACY_PAGE } from "@/lib/content/privacy";

import { StandalonePage, informationPageMetadata } from "../_components/information-pages";

export const metadata = informationPageMetadata(PRIVACY_PAGE);

export default function PrivacyPage() {
  return <StandalonePage page={PRIVACY_PAGE} />;
}
