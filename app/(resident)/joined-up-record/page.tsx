import { JOINED_UP_RECORD_PAGE } from "@/lib/content/joined-up-record";

import { GuidePage, informationPageMetadata } from "../_components/information-pages";

export const metadata = informationPageMetadata(JOINED_UP_RECORD_PAGE);

export default function JoinedUpRecordPage() {
  return <GuidePage page={JOINED_UP_RECORD_PAGE} />;
}
