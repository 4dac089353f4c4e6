import 'reflect-metadata';
import { printApiSchema } from '@corebook/server/app';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('the committed schema.gql', () => {
  it('matches the schema the code serves (run `npx nx run api:schema` and commit when this fails)', async () => {
    const committed = readFileSync(join(__dirname, '../../../schema.gql'), 'utf8');
    expect(await printApiSchema()).toBe(committed);
  });

  it('keeps the GraphQL names other tools rely on', async () => {
    const schema = await printApiSchema();
    for (const name of [
      'login(',
      'logout',
      'me:',
      'clients(',
      'client(id: ID!)',
      'changePassword(',
    ]) {
      expect(schema).toContain(name);
    }
  });
});
