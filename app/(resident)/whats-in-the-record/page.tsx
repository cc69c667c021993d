import { WHATS_IN_THE_RECORD_PAGE } from "@/lib/content/whats-in-the-record";

import { GuidePage, informationPageMetadata } from "../_components/information-pages";

export const metadata = informationPageMetadata(WHATS_IN_THE_RECORD_PAGE);

export default function WhatsInTheRecordPage() {
  return <GuidePage page={WHATS_IN_THE_RECORD_PAGE} />;
}
