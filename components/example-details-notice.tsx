type ExampleDetailsNoticeProps = {
  /** From exampleDetailsNotice() in lib/content/programme.ts; nothing is shown when undefined. */
  notice: { heading: string; text: string } | undefined;
};

/**
 * A small notice at the top of every page while any programme fact (phone,
 * email, address, lists) is still an example value. A production
 * configuration removes it.
 */
export function ExampleDetailsNotice({ notice }: ExampleDetailsNoticeProps) {
  if (!notice) return null;
  return (
    <div className="nhsuk-inset-text nhsuk-u-margin-top-0" data-testid="example-details-notice">
      <p className="nhsuk-body-s">
        <strong>{notice.heading}:</strong> {notice.text}
      </p>
    </div>
  );
}
