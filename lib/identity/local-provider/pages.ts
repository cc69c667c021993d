import type { ResidentTestUser, StaffTestUser } from "./test-users";

// The local NHS login's own pages: the test users to sign in as, and errors.
// Plain, accessible HTML (a real provider's pages are its own, on its own
// origin); a banner says plainly that this is not NHS login.

export type LocalPageInput =
  | { kind: "sign-in"; uid: string; isStaff: boolean; vtr?: string; residents: ResidentTestUser[]; staff: StaffTestUser[] }
  | { kind: "error"; error: string; description?: string }
  /** RP-initiated logout: `form` is oidc-provider's own hidden form (it carries the xsrf token). */
  | { kind: "logout"; form: string }
  | { kind: "signed-out" };

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const STYLE = `
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#212b32;background:#f0f4f5;line-height:1.5}
header{background:#005eb8;color:#fff;padding:16px 24px}header p{margin:0;font-weight:bold;font-size:1.2rem}
.banner{background:#ffeb3b;color:#212b32;padding:8px 24px;border-bottom:2px solid #212b32}
main{max-width:960px;margin:0 auto;padding:24px}
h1{font-size:2rem;margin:0 0 16px}h2{font-size:1.4rem;margin:32px 0 8px}
ul.users{list-style:none;padding:0}ul.users li{background:#fff;border:1px solid #d8dde0;margin:0 0 12px;padding:12px 16px}
button{font-size:1rem;font-weight:bold;padding:8px 16px;border:0;border-radius:4px;background:#007f3b;color:#fff;cursor:pointer;box-shadow:0 4px 0 #00401e}
button.secondary{background:#4c6272;box-shadow:0 4px 0 #263139}
button:focus,input:focus,select:focus{outline:4px solid #ffeb3b;box-shadow:0 4px 0 #212b32}
label{display:block;font-weight:bold;margin:12px 0 4px}input,select{font-size:1rem;padding:6px;border:2px solid #4c6272}
.details{color:#4c6272;margin:4px 0 8px}form.inline{display:inline-block;margin:0 12px 12px 0}
`;

function layout(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)} – Local NHS login (development only)</title><style>${STYLE}</style></head><body>
<header><p>Local NHS login</p></header>
<div class="banner" role="note"><strong>Development only.</strong> This is not NHS login: it is a local OpenID provider configured like it, with made-up test people.</div>
<main id="main">${body}</main></body></html>`;
}

function residentItem(uid: string, user: ResidentTestUser): string {
  return `<li><form method="post" action="/interaction/${uid}/login"><input type="hidden" name="user" value="${escape(user.id)}">
<button type="submit">Sign in as ${escape(`${user.givenName} ${user.familyName}`)}</button></form>
<p class="details">${escape(user.description)} NHS number ${escape(user.nhsNumber ?? "none")}, born ${escape(user.birthdate)}, vot ${escape(user.vot)}.</p></li>`;
}

function staffItem(uid: string, user: StaffTestUser): string {
  return `<li><form method="post" action="/interaction/${uid}/login"><input type="hidden" name="user" value="${escape(user.id)}">
<button type="submit">Sign in as ${escape(user.name)}</button></form>
<p class="details">${escape(user.description)}. ${escape(user.email)}; roles ${escape(user.roles.join(", "))}; amr ${escape(user.amr.join(", "))}.</p></li>`;
}

export function renderLocalProviderPage(input: LocalPageInput): string {
  if (input.kind === "logout") {
    return layout(
      "Sign out",
      `<h1>Do you want to sign out of the local provider?</h1><p>The service asked to end your session here too.</p>${input.form}
<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>
<button type="submit" form="op.logoutForm" class="secondary">No, stay signed in</button>`,
    );
  }
  if (input.kind === "signed-out") return layout("Signed out", "<h1>You have signed out of the local provider</h1>");
  if (input.kind === "error") {
    return layout("Sign-in problem", `<h1>There is a problem signing in</h1><p>${escape(input.error)}${input.description ? `: ${escape(input.description)}` : ""}</p>`);
  }
  const { uid } = input;
  const people = input.isStaff
    ? `<h1>Sign in as a member of staff</h1><ul class="users">${input.staff.map((u) => staffItem(uid, u)).join("")}</ul>`
    : `<h1>Sign in as a test person</h1>
<p>The service asked for: <code>${escape(input.vtr ?? "no vtr")}</code>. This local provider signs you in at the person's own level even when the service asked for more, so that the service's own check can be tried.</p>
<ul class="users">${input.residents.map((u) => residentItem(uid, u)).join("")}</ul>
<h2>Someone else</h2>
<form method="post" action="/interaction/${uid}/login"><input type="hidden" name="user" value="custom">
<label for="given_name">Given name</label><input id="given_name" name="given_name" autocomplete="off">
<label for="family_name">Family name</label><input id="family_name" name="family_name" autocomplete="off">
<label for="nhs_number">NHS number (999 test range; leave blank for none)</label><input id="nhs_number" name="nhs_number" inputmode="numeric" autocomplete="off">
<label for="birthdate">Date of birth (YYYY-MM-DD)</label><input id="birthdate" name="birthdate" autocomplete="off">
<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="off">
<label for="level">Identity proofing level</label><select id="level" name="level"><option>P9</option><option>P5</option><option>P0</option></select>
<label for="vot">vot to return (blank: the level's usual one)</label><input id="vot" name="vot" autocomplete="off">
<p><button type="submit">Sign in as this person</button></p></form>`;
  return layout(
    "Sign in",
    `${people}
<h2>Other outcomes</h2>
<form class="inline" method="post" action="/interaction/${uid}/abort"><button type="submit" class="secondary">Cancel and go back to the service</button></form>
<form class="inline" method="post" action="/interaction/${uid}/error"><input type="hidden" name="error" value="login_required"><button type="submit" class="secondary">Return the error login_required</button></form>
<form class="inline" method="post" action="/interaction/${uid}/error"><input type="hidden" name="error" value="access_denied"><button type="submit" class="secondary">Return the error access_denied</button></form>`,
  );
}
