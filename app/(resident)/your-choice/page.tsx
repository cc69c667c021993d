import type { SiteContent } from "@/lib/content/locales/site-content";
import { getResidentContent } from "@/lib/i18n/server";

import { GuidePage, informationPageMetadata } from "../_components/information-pages";
import { LargePrintLinks } from "../_components/large-print-links";

const page = (content: SiteContent) => content.yourChoice.YOUR_CHOICE_PAGE;

export const generateMetadata = informationPageMetadata(page);

export default async function YourChoicePage() {
  const { content } = await getResidentContent();
  return <GuidePage page={page} sectionExtras={{ "how-to-make-your-choice": <LargePrintLinks content={content} /> }} />;
}
