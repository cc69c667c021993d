// Said at the top of a page that was asked to give back a form kept when its
// session ended (app/(staff)/_lib/form-draft.ts): whether it came back, and
// that nothing has been recorded yet.

export function FormDraftNotice({ isRestored, nextStep }: { isRestored: boolean; /** What to do once it is checked, e.g. "record the NHS number". */ nextStep: string }) {
  return (
    <div className="nhsuk-inset-text" role="status" data-testid="draft-notice">
      <p>
        {isRestored
          ? `This is the form you were sending when your session ended. Nothing has been recorded yet: check it, then ${nextStep}.`
          : "There is no form to bring back: it has already been brought back, or was kept for more than an hour."}
      </p>
    </div>
  );
}
