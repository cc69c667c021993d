import { ACCESSIBILITY_PAGE } from "@/lib/content/accessibility";

import { StandalonePage, informationPageMetadata } from "../_components/information-pages";

export const metadata = informationPageMetadata(ACCESSIBILITY_PAGE);

export default function AccessibilityPage() {
  return <StandalonePage page={ACCESSIBILITY_PAGE} />;
}
