// npm run staff:create -- --email lead@example.org --role admin [--name "Lead Admin"] [--password "..."]
// Creates a back-office account: how the first admin is made (admins then make
// the rest in the back office). Without --password a strong one is generated
// and printed once. At first sign-in the member enrols an authenticator app.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { checkNewPassword } from "@/lib/auth/password-policy";
import { isAppError } from "@/lib/errors";
import { createStaffMember } from "@/lib/staff/manage-staff";
import { STAFF_ROLES, isStaffRole } from "@/lib/staff/roles";
import { runWithDatabase } from "./support/run-script";

const { values } = parseArgs({
  options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
});

if (!values.email || !values.role || !isStaffRole(values.role)) {
  console.error(`usage: npm run staff:create -- --email <address> --role <${STAFF_ROLES.join("|")}> [--name "<name>"] [--password "<at least 12 characters>"]`);
  process.exit(2);
}
const password = values.password ?? randomBytes(18).toString("base64url");
const passwordProblem = values.password ? checkNewPassword(values.password, { email: values.email, name: values.name }) : null;
if (passwordProblem) {
  console.error(passwordProblem);
  process.exit(2);
}

await runWithDatabase(async () => {
  try {
    const member = await createStaffMember({
      email: values.email!,
      name: values.name ?? values.email!,
      role: values.role as (typeof STAFF_ROLES)[number],
      password,
      // Whoever ran this has seen the password: the member chooses their own at first sign-in.
      mustChangePassword: true,
      by: { kind: "SYSTEM", id: `cli:${process.env.USER ?? "unknown"}` },
    });
    console.log(`Created ${member.role} ${member.email} (${member.id}).`);
    if (!values.password) console.log(`Password, shown only now: ${password}`);
    console.log("At first sign-in (/staff/sign-in) they choose their own password, then set up an authenticator app and get recovery codes.");
  } catch (error) {
    if (isAppError(error)) {
      console.error(error.userMessage);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
});
