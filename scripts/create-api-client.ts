// npm run api-client:create -- --name "Record platform" [--scope consent:read --scope consent:changes]
// Creates an API client for a record service and prints its key, once. Until
// the back office can issue keys, this is how they are made.
import { parseArgs } from "node:util";
import { API_SCOPES, type ApiScope, createApiClient } from "@/lib/api/manage-api-clients";
import { runWithDatabase } from "./support/run-script";

const { values } = parseArgs({ options: { name: { type: "string" }, scope: { type: "string", multiple: true } } });

if (!values.name) {
  console.error(`usage: npm run api-client:create -- --name "<record service>" [--scope ${API_SCOPES.join("|")} ...]`);
  process.exit(2);
}
const unknown = (values.scope ?? []).filter((s) => !API_SCOPES.includes(s as ApiScope));
if (unknown.length) {
  console.error(`Unknown scope ${unknown.join(", ")}: use ${API_SCOPES.join(" or ")}.`);
  process.exit(2);
}

await runWithDatabase(async () => {
  const client = await createApiClient({
    name: values.name!,
    scopes: values.scope as ApiScope[] | undefined,
    by: { kind: "SYSTEM", id: `cli:${process.env.USER ?? "unknown"}` },
  });
  console.log(`Created API client "${client.name}" (${client.id}) with scopes ${client.scopes.join(", ")}.`);
  console.log("Its key, shown only now (store it in the record service's secrets):");
  console.log(client.key);
});
