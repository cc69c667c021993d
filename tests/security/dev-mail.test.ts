import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

import CapturedMailPage from "@/app/(resident)/dev/mail/page";
import { setEnvVariable } from "@/lib/env";

// /dev/mail lists every captured email, one-time codes included (issue #12, finding 7): it must
// exist only in the local demo (the embedded database, LOCAL_DEMO=on), never merely because
// MAIL_CAPTURE_DIR is set.

const dir = mkdtempSync(path.join(tmpdir(), "dev-mail-"));

async function render(): Promise<"shown" | "not found"> {
  try {
    await CapturedMailPage();
    return "shown";
  } catch (error) {
    if (String((error as { digest?: string }).digest ?? "").includes("404")) return "not found";
    throw error;
  }
}

describe("/dev/mail", () => {
  afterEach(() => {
    setEnvVariable("MAIL_CAPTURE_DIR", "");
    setEnvVariable("LOCAL_DEMO", "");
    delete process.env.MAIL_CAPTURE_DIR;
    delete process.env.LOCAL_DEMO;
  });

  it("is not found against any database but the local demo's, even with a capture folder set", async () => {
    setEnvVariable("MAIL_CAPTURE_DIR", dir);
    setEnvVariable("LOCAL_DEMO", "off");
    expect(await render()).toBe("not found");
  });

  it("is shown in the local demo with its capture folder, and not without the folder", async () => {
    setEnvVariable("LOCAL_DEMO", "on");
    setEnvVariable("MAIL_CAPTURE_DIR", dir);
    expect(await render()).toBe("shown");
    setEnvVariable("MAIL_CAPTURE_DIR", "");
    expect(await render()).toBe("not found");
  });
});
