import type { Metadata } from "next";
import { Fragment } from "react";

import { ActionLink } from "@/components/action-link";
import { CardGroup, ClickableCard } from "@/components/card";
import { InsetText } from "@/components/inset-text";
import { SentenceWithLink } from "@/components/sentence-with-link";
import { LocalLink } from "@/components/local-link";
import { getResidentContent } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getResidentContent()).content.home.HOME_PAGE.title };
}

export default async function HomePage() {
  const { content } = await getResidentContent();
  const { HOME_PAGE } = content.home;
  const { INSET_TEXT_PREFIX } = content.site;
  const { sections, earlierOptOut, findOutMore, makeYourChoice, watchOrRead } = HOME_PAGE;

  return (
    <>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{HOME_PAGE.title}</h1>
          <p className="nhsuk-lede-text">{HOME_PAGE.lede}</p>

          {sections.map((section) => (
            <Fragment key={section.heading}>
              <h2>{section.heading}</h2>
              {section.paragraphs.map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
              {section.bullets ? (
                <ul>
                  {section.bullets.map((bullet) => (
                    <li key={bullet}>{bullet}</li>
                  ))}
                </ul>
              ) : null}
              {section.afterBullets?.map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
            </Fragment>
          ))}

          <InsetText visuallyHiddenPrefix={INSET_TEXT_PREFIX}>
            <p>{earlierOptOut}</p>
          </InsetText>

          <h2>{makeYourChoice.heading}</h2>
          {makeYourChoice.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          {makeYourChoice.actions.map((action) => (
            <ActionLink key={action.href} href={action.href}>
              {action.text}
            </ActionLink>
          ))}
          <SentenceWithLink sentence={makeYourChoice.otherWays} />
        </div>
      </div>

      <h2>{findOutMore.heading}</h2>
      <CardGroup>
        {findOutMore.cards.map((card) => (
          <ClickableCard
            key={card.href}
            heading={card.text}
            href={card.href}
            description={card.description}
            headingLevel={3}
            headingSize="s"
          />
        ))}
      </CardGroup>

      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h2>{watchOrRead.heading}</h2>
          <ul>
            {watchOrRead.links.map((link) => (
              <li key={link.href}>
                <LocalLink href={link.href}>{link.text}</LocalLink>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </>
  );
}
