import './runtime';
import 'reflect-metadata';
import { printApiSchema } from '@corebook/server/app';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Writes the committed schema.gql that the portal's types are generated from. */
async function main(): Promise<void> {
  const target = resolve(process.argv[2] ?? 'schema.gql');
  writeFileSync(target, await printApiSchema());
  console.log(`wrote ${target}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
