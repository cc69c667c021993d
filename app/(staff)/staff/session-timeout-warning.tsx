"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";

// The idle timeout, said before it happens (issue 16 point 3). Every staff page
// shows when the session ends if nothing is sent, with "Stay signed in": a
// plain link (GET /staff/stay-signed-in, back to this page), so it works
// without JavaScript. With JavaScript, two minutes before the end an NHS.UK
// warning callout appears at the foot of the screen as an alert (announced at
// once by screen readers, without taking the focus from a field being typed
// in); its "Stay signed in" renews the session without leaving the page, then
// gives the focus back to where it was. Once the time has passed it says the
// session has ended and that a form sent now is kept until sign-in.

const timeFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "numeric", minute: "2-digit", hour12: true });
/** "2:05pm", as the NHS writes times. */
function formatTime(at: number): string {
  const parts = Object.fromEntries(timeFormat.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute}${String(parts.dayPeriod).toLowerCase()}`;
}

export const STAY_SIGNED_IN_PATH = "/staff/stay-signed-in";

// The layout is drawn once and kept while staff move between pages, each of which uses the session:
// the count starts again at every page (a fresh component), from the server's time only when first drawn.
let hasHydrated = false;

/** The idle limit (STAFF_IDLE_MINUTES) and the warning before it come from the server's settings (lib/auth/auth-settings.ts). */
type SessionTimeoutProps = { idleSeconds: number; warningSeconds: number; renderedAt: number };

export function SessionTimeout(props: SessionTimeoutProps) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return <SessionTimeoutWarning key={`${pathname}?${search}`} {...props} />;
}

function SessionTimeoutWarning({ idleSeconds, warningSeconds, renderedAt }: SessionTimeoutProps) {
  const [endsAt, setEndsAt] = useState(() => (hasHydrated ? Date.now() : renderedAt) + idleSeconds * 1000);
  useEffect(() => {
    hasHydrated = true;
  }, []);
  const [stage, setStage] = useState<"quiet" | "warning" | "ended">("quiet");
  const [problem, setProblem] = useState(false);
  const previousFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const untilWarning = endsAt - warningSeconds * 1000 - Date.now();
    const untilEnd = endsAt - Date.now();
    const warn = setTimeout(() => setStage("warning"), Math.max(0, untilWarning));
    const end = setTimeout(() => setStage("ended"), Math.max(0, untilEnd));
    return () => {
      clearTimeout(warn);
      clearTimeout(end);
    };
  }, [endsAt, warningSeconds]);

  const staySignedIn = useCallback(async (event: React.MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    previousFocus.current = document.activeElement instanceof HTMLElement && document.activeElement !== event.currentTarget ? document.activeElement : null;
    try {
      const response = await fetch(STAY_SIGNED_IN_PATH, { headers: { accept: "application/json" }, cache: "no-store" });
      if (response.status === 401) return setStage("ended");
      if (!response.ok) throw new Error(String(response.status));
      const body = (await response.json()) as { idleSeconds: number };
      setProblem(false);
      setStage("quiet");
      setEndsAt(Date.now() + body.idleSeconds * 1000);
      (previousFocus.current ?? document.querySelector<HTMLElement>("main h1"))?.focus();
    } catch {
      setProblem(true);
    }
  }, []);

  return (
    <>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-2" data-testid="session-ends">
        If you do nothing, you will be signed out at {formatTime(endsAt)}.{" "}
        <a href={STAY_SIGNED_IN_PATH} onClick={staySignedIn}>Stay signed in</a>
      </p>
      <div className="app-session-warning">
        <div role="alert">
          {stage === "quiet" ? null : (
            <div className="nhsuk-warning-callout app-session-warning__callout" data-testid="session-warning">
              <h2 className="nhsuk-warning-callout__label">
                <span role="text">
                  <span className="nhsuk-u-visually-hidden">Important: </span>
                  {stage === "warning" ? "You will be signed out soon" : "Your session has ended"}
                </span>
              </h2>
              {stage === "warning" ? (
                <>
                  <p>You have not used the back office for a while, so you will be signed out at {formatTime(endsAt)}.</p>
                  <p className="nhsuk-u-margin-bottom-0">
                    <a href={STAY_SIGNED_IN_PATH} onClick={staySignedIn}>Stay signed in</a>
                    {problem ? " (that did not work: try again)" : null}
                  </p>
                </>
              ) : (
                <p className="nhsuk-u-margin-bottom-0">
                  If you send the form you are filling in, we will keep it and bring it back after you sign in again.
                </p>
              )}
            </div>
          )}
        </div>
      </div>
    </>
  );
}
