import { WHATS_LEFT_OUT_PAGE } from "@/lib/content/whats-left-out";

import { GuidePage, informationPageMetadata } from "../_components/information-pages";

export const metadata = informationPageMetadata(WHATS_LEFT_OUT_PAGE);

export default function WhatsLeftOutPage() {
  return <GuidePage page={WHATS_LEFT_OUT_PAGE} />;
}
