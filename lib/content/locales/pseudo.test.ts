import { describe, expect, it } from "vitest";

import { CONTENT as english } from "./en";
import { pseudoContent, pseudoText } from "./pseudo";

describe("the pseudo-locale", () => {
  it("makes every word about 40% longer and accented, keeping punctuation, numbers and addresses", () => {
    expect(pseudoText("Opt out of the record.")).toBe("ÖþţÖþ öûţöû öƒö ţĥéţĥ ŕéçöŕðŕéç.");
    expect(pseudoText("Call 020 7946 0321 or email team@example.org")).toBe("ÇåļļÇå 020 7946 0321 öŕö éɱåîļéɱ team@example.org");
    const sentence = "Your choice about the joined-up health and care record";
    expect(pseudoText(sentence).length).toBeGreaterThanOrEqual(Math.floor(sentence.length * 1.3));
  });

  it("keeps links, ids, codes and answers exactly, and words behind functions too", () => {
    const pseudo = pseudoContent(english);
    const page = pseudo.yourChoice.YOUR_CHOICE_PAGE;
    expect(page.href).toBe(english.yourChoice.YOUR_CHOICE_PAGE.href);
    expect(page.sections.map((section) => section.id)).toEqual(english.yourChoice.YOUR_CHOICE_PAGE.sections.map((section) => section.id));
    expect(page.title).not.toBe(english.yourChoice.YOUR_CHOICE_PAGE.title);
    expect(pseudo.contact.CALLBACK_FORM.preferredTime.options.map((option) => option.value)).toEqual(
      english.contact.CALLBACK_FORM.preferredTime.options.map((option) => option.value),
    );
    expect(pseudo.siteFrame.SITE_FRAME.exampleDetails.text("x")).toMatch(/^ŢĥîšŢĥ îšî åå /);
  });
});
