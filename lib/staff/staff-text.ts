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
