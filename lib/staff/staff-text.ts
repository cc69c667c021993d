// Words on the staff sign-in pages and messages (staff-facing; residents' words live in lib/content/).

export const SIGN_IN_TEXT = {
  emailInvalid: "Enter your work email address, like name@example.org",
  passwordRequired: "Enter your password",
  wrongPassword: "The email address or password is not right. After 5 wrong attempts the account is locked for 15 minutes.",
  locked: "Too many wrong attempts. This account is locked for 15 minutes. Ask an admin if you need help now.",
  codeInvalid: "Enter the 6-digit code from your authenticator app, or a recovery code like abcde-12345",
  wrongCode: "The code is not right. Check the time on your phone and try the newest code.",
  codeExpired: "Your sign-in took too long, or was not started here. Sign in again with your password.",
  codeReplayed: "This code has been used already. Wait for your authenticator app to show a new code.",
  disabled: "This account is disabled. Ask an admin to re-enable it.",
  awaitingApproval: "This account is waiting for a second admin to approve it. Ask another admin.",
} as const;

/** Staff single sign-on (docs/decisions/019): the button, and a page for each reason a sign-in was refused. */
export const SSO_TEXT = {
  button: "Sign in with your organisation's account",
  intro: "Use the account you sign in to your organisation with: NHS Care Identity (smartcard or authenticator) or your council's Microsoft account.",
  breakGlassHeading: "Break-glass sign-in",
  breakGlassIntro: "Only for when single sign-on is not working. You need a register password and the authenticator app on your phone.",
  breakGlassOff: "Password sign-in is switched off. Sign in with your organisation's account.",
  signedOutTitle: "You have signed out of the back office",
  signedOutProvider: "Now signing you out of your organisation's account too.",
  signedOutContinue: "Sign out of your organisation's account",
  signedOutDone: "Sign in again",
} as const;

type SsoProblemPage = { title: string; paragraphs: readonly string[]; tryAgain: boolean };

export const SSO_PROBLEMS: Record<import("../auth/sso/sso-client").StaffSsoProblem, SsoProblemPage> = {
  cancelled: { title: "You cancelled signing in", paragraphs: ["You have not been signed in to the back office."], tryAgain: true },
  "access-denied": { title: "Your organisation did not sign you in", paragraphs: ["Your organisation's account service refused the sign-in, so you have not been signed in to the back office.", "If you think you should have access, contact your organisation's IT service desk."], tryAgain: true },
  "login-required": { title: "You need to sign in to your organisation's account", paragraphs: ["Your organisation's account service asked you to sign in again. You have not been signed in to the back office."], tryAgain: true },
  "provider-error": { title: "Your organisation's account service had a problem", paragraphs: ["It sent back an error instead of signing you in. You have not been signed in to the back office.", "Try again later. If it keeps happening, contact your organisation's IT service desk."], tryAgain: true },
  "no-sign-in": { title: "Your sign-in has expired", paragraphs: ["The sign-in took more than 15 minutes, or was not started in this browser. You have not been signed in."], tryAgain: true },
  replayed: { title: "This sign-in has already been used", paragraphs: ["Each sign-in link works once. You have not been signed in by this one. If you did not expect this page, tell your information governance lead."], tryAgain: true },
  "state-mismatch": { title: "This sign-in could not be checked", paragraphs: ["What came back from your organisation's account service did not match the sign-in started in this browser, so it was refused. You have not been signed in."], tryAgain: true },
  "code-rejected": { title: "This sign-in could not be completed", paragraphs: ["Your organisation's account service did not accept the sign-in code, because it was used already or changed. You have not been signed in."], tryAgain: true },
  "token-invalid": { title: "This sign-in could not be checked", paragraphs: ["The proof of sign-in from your organisation's account service could not be verified, so it was refused. You have not been signed in."], tryAgain: true },
  "assurance-too-low": {
    title: "You need to sign in with a second factor",
    paragraphs: [
      "The back office shows residents' choices, so you must sign in to your organisation's account with a smartcard, security key or authenticator app, not a password alone.",
      "Sign in again and use your second factor. If you are not offered one, contact your organisation's IT service desk.",
    ],
    tryAgain: true,
  },
  "no-role": {
    title: "You do not have access to the back office",
    paragraphs: [
      "You signed in to your organisation's account, but it does not give you a role in the consent register (caseworker, supervisor or admin).",
      "If you need access, ask your manager to request it from your organisation's identity team. This refusal has been recorded.",
    ],
    tryAgain: false,
  },
  "several-roles": {
    title: "Your account has more than one back office role",
    paragraphs: [
      "Your organisation's account gives you more than one role in the consent register. Each person must have exactly one, so you have not been signed in.",
      "Ask your organisation's identity team to leave only the role you need. This refusal has been recorded.",
    ],
    tryAgain: false,
  },
  "account-disabled": { title: "Your back office account is disabled", paragraphs: ["An admin has disabled your account in the consent register. Ask an admin to re-enable it."], tryAgain: false },
  "email-in-use": {
    title: "Your account could not be set up",
    paragraphs: ["A password account with the same email address already exists in the register. Accounts are never joined by email address alone: ask an admin to disable or remove the old account."],
    tryAgain: false,
  },
  "not-configured": { title: "Single sign-on is not set up", paragraphs: ["This site is not connected to an organisation's account service."], tryAgain: false },
  "provider-unavailable": { title: "Your organisation's account service is not available", paragraphs: ["The back office could not reach it. Try again in a few minutes."], tryAgain: true },
};

export const SSO_ROUTES = {
  start: "/staff/sso/start",
  callback: "/staff/sso/callback",
  problem: (problem: string) => `/staff/sso/problem/${problem}`,
  signedOut: "/staff/sso/signed-out",
  endSession: "/staff/sso/end-session",
} as const;
