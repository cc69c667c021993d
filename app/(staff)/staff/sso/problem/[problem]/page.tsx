import type { Metadata } from "next";
import { notFound } from "next/navigation";

import type { StaffSsoProblem } from "@/lib/auth/sso/sso-client";
import { SSO_PROBLEMS, SSO_ROUTES, SSO_TEXT } from "@/lib/staff/staff-text";

type PageProps = { params: Promise<{ problem: string }> };

function problemFrom(value: string): StaffSsoProblem | undefined {
  return Object.hasOwn(SSO_PROBLEMS, value) ? (value as StaffSsoProblem) : undefined;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const problem = problemFrom((await params).problem);
  return problem ? { title: SSO_PROBLEMS[problem].title } : {};
}

// Why a staff single sign-on was refused. Each reason has its own words; none
// of them made a session (the callback audited the refusal).
export default async function StaffSsoProblemPage({ params }: PageProps) {
  const problem = problemFrom((await params).problem);
  if (!problem) notFound();
  const page = SSO_PROBLEMS[problem];
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
              <a href={SSO_ROUTES.start}>{SSO_TEXT.button}</a>
            </li>
          ) : null}
          <li>
            <a href="/staff/sign-in">Back to the staff sign-in page</a>
          </li>
        </ul>
      </div>
    </div>
  );
}
