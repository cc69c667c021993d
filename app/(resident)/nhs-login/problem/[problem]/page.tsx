import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { LocalLink } from "@/components/local-link";
import { NHS_LOGIN_PROBLEMS as ENGLISH_PROBLEMS, NHS_LOGIN_ROUTES } from "@/lib/content/nhs-login";
import { ROUTES } from "@/lib/content/routes";
import { getResidentContent } from "@/lib/i18n/server";
import type { NhsLoginProblem } from "@/lib/identity/nhs-login/nhs-login-client";
import { isSignInPurpose } from "@/lib/identity/nhs-login/sign-in-requests";

type PageProps = { params: Promise<{ problem: string }>; searchParams: Promise<{ for?: string }> };

function problemFrom(value: string): NhsLoginProblem | undefined {
  return Object.hasOwn(ENGLISH_PROBLEMS, value) ? (value as NhsLoginProblem) : undefined;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const problem = problemFrom((await params).problem);
  if (!problem) return {};
  const { NHS_LOGIN_PROBLEMS } = (await getResidentContent()).content.nhsLogin;
  return { title: NHS_LOGIN_PROBLEMS[problem].title, robots: { index: false } };
}

// Why an NHS login sign-in could not be used. Each reason has its own words;
// none of them recorded a decision (the callback audited the refusal).
export default async function NhsLoginProblemPage({ params, searchParams }: PageProps) {
  const problem = problemFrom((await params).problem);
  if (!problem) notFound();
  const { NHS_LOGIN_PROBLEMS, NHS_LOGIN_PROBLEM_LINKS } = (await getResidentContent()).content.nhsLogin;
  const purposeParam = (await searchParams).for;
  const purpose = isSignInPurpose(purposeParam) ? purposeParam : undefined;
  const page = NHS_LOGIN_PROBLEMS[problem];
  const without =
    purpose === "opt-out"
      ? { href: ROUTES.optOut, text: NHS_LOGIN_PROBLEM_LINKS.optOutWithout }
      : purpose === "opt-in"
        ? { href: ROUTES.optIn, text: NHS_LOGIN_PROBLEM_LINKS.optInWithout }
        : { href: ROUTES.yourChoice, text: NHS_LOGIN_PROBLEM_LINKS.withoutNhsLogin };
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{page.title}</h1>
        {page.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <ul className="nhsuk-list">
          {page.tryAgain ? (
            <li>
              <LocalLink href={`${NHS_LOGIN_ROUTES.start}?for=${purpose ?? "check"}`}>{NHS_LOGIN_PROBLEM_LINKS.tryAgain}</LocalLink>
            </li>
          ) : null}
          <li>
            <LocalLink href={without.href}>{without.text}</LocalLink>
          </li>
          <li>
            <LocalLink href={ROUTES.home}>{NHS_LOGIN_PROBLEM_LINKS.home}</LocalLink>
          </li>
        </ul>
      </div>
    </div>
  );
}
