import { IS_MY_INFORMATION_SAFE_PAGE } from "@/lib/content/is-my-information-safe";

import { GuidePage, informationPageMetadata } from "../_components/information-pages";

export const metadata = informationPageMetadata(IS_MY_INFORMATION_SAFE_PAGE);

export default function IsMyInformationSafePage() {
  return <GuidePage page={IS_MY_INFORMATION_SAFE_PAGE} />;
}
