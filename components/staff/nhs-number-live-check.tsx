"use client";

import { useEffect, useState } from "react";

import { NHS_NUMBER_ERRORS } from "@/lib/content/nhs-number-errors";
import { parseNhsNumber } from "@/lib/nhs-number/nhs-number";

// Beside the keying form's NHS number: checks it (Modulus 11) as it is typed
// and, once it is valid, shows the person's current state and latest decision
// (an audited lookup). Without JavaScript nothing is shown and the server
// checks the number when the form is sent.

type Shown = { kind: "none" } | { kind: "problem"; text: string } | { kind: "checking" } | { kind: "known"; state: string; lastDecision: string | null } | { kind: "failed" };

export function NhsNumberLiveCheck({ inputId, lookupPath }: { inputId: string; lookupPath: string }) {
  const [shown, setShown] = useState<Shown>({ kind: "none" });

  useEffect(() => {
    const input = document.getElementById(inputId) as HTMLInputElement | null;
    if (!input) return;
    let controller: AbortController | undefined;
    const check = () => {
      controller?.abort();
      const value = input.value.trim();
      const digits = value.replace(/[\s-]/g, "");
      // Say nothing until the number could be complete: no error while someone is still typing.
      if (digits === "" || (/^\d*$/.test(digits) && digits.length < 10)) return setShown({ kind: "none" });
      const parsed = parseNhsNumber(value);
      if (!parsed.ok) return setShown({ kind: "problem", text: NHS_NUMBER_ERRORS[parsed.problem] });
      setShown({ kind: "checking" });
      controller = new AbortController();
      fetch(`${lookupPath}?nhsNumber=${parsed.nhsNumber}`, { signal: controller.signal, headers: { accept: "application/json" } })
        .then(async (response) => {
          if (!response.ok) throw new Error(String(response.status));
          const found = (await response.json()) as { state: string; lastDecision: string | null };
          setShown({ kind: "known", state: found.state, lastDecision: found.lastDecision });
        })
        .catch((error: unknown) => {
          if ((error as Error).name !== "AbortError") setShown({ kind: "failed" });
        });
    };
    check();
    input.addEventListener("input", check);
    return () => {
      input.removeEventListener("input", check);
      controller?.abort();
    };
  }, [inputId, lookupPath]);

  return (
    <div className="nhsuk-hint app-nhs-number-check" aria-live="polite" data-testid="nhs-number-check">
      {shown.kind === "problem" ? <p className="nhsuk-u-margin-bottom-2"><strong>Check the NHS number:</strong> {shown.text}</p> : null}
      {shown.kind === "checking" ? <p className="nhsuk-u-margin-bottom-2">Valid NHS number. Looking the person up…</p> : null}
      {shown.kind === "known" ? (
        <p className="nhsuk-u-margin-bottom-2">
          Valid NHS number. {shown.state}
          {shown.lastDecision ? <><br />{shown.lastDecision}</> : null}
        </p>
      ) : null}
      {shown.kind === "failed" ? <p className="nhsuk-u-margin-bottom-2">Valid NHS number. The person could not be looked up just now.</p> : null}
    </div>
  );
}
