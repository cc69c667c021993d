import { languageOf, type ContentBlock, type InlineText as InlineTextValue } from "@/lib/content/types";
import type { ReactNode } from "react";

import { EasyReadPicture, isEasyReadPictureName } from "./easy-read/pictures";

import { InlineText } from "./inline-text";
import { InsetText } from "./inset-text";
import { Table } from "./table";
import { WarningCallout } from "./warning-callout";

type ContentBlocksProps = {
  blocks: readonly ContentBlock[];
  /** Prefix for ids inside the blocks (table captions), unique on the page. */
  idPrefix: string;
  insetPrefix: string;
  /** Read before a warning callout's heading, in the page's language ("Important: "). */
  warningPrefix: string;
};

/** Easy Read: one short sentence to a line (issue #17 point 4). */
function EasyReadLines({ text }: { text: InlineTextValue }) {
  if (typeof text !== "string") return <p lang={languageOf(text)}><InlineText text={text} /></p>;
  return (
    <>
      {text.split(/(?<=[.!?])\s+/).map((line, index) => (
        <p key={index}>{line}</p>
      ))}
    </>
  );
}

/** Easy Read: the block's idea beside its picture (components/easy-read/pictures.tsx). */
function WithPicture({ picture, children }: { picture: string; children: ReactNode }) {
  if (!isEasyReadPictureName(picture)) throw new Error(`No Easy Read picture "${picture}"`);
  return (
    <div className="app-easy-read">
      <div className="app-easy-read__picture">
        <EasyReadPicture name={picture} />
      </div>
      <div className="app-easy-read__text">{children}</div>
    </div>
  );
}

/** Renders a section's blocks with NHS.UK markup; the PDF renders the same blocks in lib/pdf/. */
export function ContentBlocks({ blocks, idPrefix, insetPrefix, warningPrefix }: ContentBlocksProps) {
  return (
    <>
      {blocks.map((block, index) => {
        // Blocks are fixed content in a fixed order, so the index is a stable key.
        if ((block.kind === "paragraph" || block.kind === "list") && block.picture) {
          return (
            <WithPicture key={index} picture={block.picture}>
              {block.kind === "paragraph" ? (
                <EasyReadLines text={block.text} />
              ) : (
                <ul>
                  {block.items.map((item, itemIndex) => (
                    <li key={itemIndex} lang={languageOf(item)}>
                      <InlineText text={item} />
                    </li>
                  ))}
                </ul>
              )}
            </WithPicture>
          );
        }
        if (block.kind === "warning" && block.picture) {
          return (
            <WithPicture key={index} picture={block.picture}>
              <WarningCallout heading={block.heading} visuallyHiddenPrefix={warningPrefix}>
                {block.paragraphs.map((paragraph, paragraphIndex) => (
                  <EasyReadLines key={paragraphIndex} text={paragraph} />
                ))}
              </WarningCallout>
            </WithPicture>
          );
        }
        switch (block.kind) {
          case "paragraph":
            return (
              <p key={index} lang={languageOf(block.text)}>
                <InlineText text={block.text} />
              </p>
            );
          case "list": {
            const ListTag = block.numbered ? "ol" : "ul";
            return (
              <ListTag key={index}>
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex} lang={languageOf(item)}>
                    <InlineText text={item} />
                  </li>
                ))}
              </ListTag>
            );
          }
          case "inset":
            return (
              <InsetText key={index} visuallyHiddenPrefix={insetPrefix}>
                <p lang={languageOf(block.text)}>
                  <InlineText text={block.text} />
                </p>
              </InsetText>
            );
          case "warning":
            return (
              <WarningCallout key={index} heading={block.heading} visuallyHiddenPrefix={warningPrefix}>
                {block.paragraphs.map((paragraph, paragraphIndex) => (
                  <p key={paragraphIndex} lang={languageOf(paragraph)}>
                    <InlineText text={paragraph} />
                  </p>
                ))}
              </WarningCallout>
            );
          case "subheading":
            return <h3 key={index}>{block.text}</h3>;
          case "definitions":
            return (
              <div key={index}>
                {block.items.map((item) => (
                  <div key={item.term}>
                    <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">{item.term}</h3>
                    <p>{item.text}</p>
                  </div>
                ))}
              </div>
            );
          case "table": {
            const isWide = block.head.length > 3;
            return (
              <div key={index}>
                <Table
                  id={`${idPrefix}-table-${index}`}
                  caption={block.caption}
                  head={block.head}
                  rows={block.rows}
                  responsive={isWide}
                  compact={isWide}
                />
                {block.note ? <p className="nhsuk-body-s">{block.note}</p> : null}
              </div>
            );
          }
        }
      })}
    </>
  );
}
