import { YOUR_CHOICE_PAGE } from "@/lib/content/your-choice";

import { GuidePage, informationPageMetadata } from "../_components/information-pages";

export const metadata = informationPageMetadata(YOUR_CHOICE_PAGE);

export default function YourChoicePage() {
  return <GuidePage page={YOUR_CHOICE_PAGE} />;
}
