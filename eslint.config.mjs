import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // Playwright fixtures take a `use` callback that is not React's use().
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    ignores: ["lib/generated/**", ".next/**", ".data/**", "public/nhsuk/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
