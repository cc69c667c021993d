import { WHO_CAN_SEE_IT_PAGE } from "@/lib/content/who-can-see-it";

import { GuidePage, informationPageMetadata } from "../_components/information-pages";

export const metadata = informationPageMetadata(WHO_CAN_SEE_IT_PAGE);

export default function WhoCanSeeItPage() {
  return <GuidePage page={WHO_CAN_SEE_IT_PAGE} />;
}
