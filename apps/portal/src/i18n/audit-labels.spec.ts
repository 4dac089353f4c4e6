import { LABELS, LANGUAGES } from '@corebook/domain';
import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The audit log names an operation by the GraphQL field called (a refused query too), so
// every Query and Mutation field needs words in both languages: a new mutation fails here
// until libs/domain/src/labels has them. The names the API records outside the schema are
// typed (AuditOperation), so an unlabelled one fails typecheck instead.
const schema = buildSchema(readFileSync(resolve(__dirname, '../../../../schema.gql'), 'utf8'));
const fields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
  Object.keys(type?.getFields() ?? {}),
);

describe('the audit log in words', () => {
  it.each(LANGUAGES)('names every Query and Mutation field in %s', (language) => {
    const words: Readonly<Record<string, string>> = LABELS[language].audit.operation;
    expect(fields.filter((field) => !words[field]?.trim())).toEqual([]);
  });

  it.each(LANGUAGES)(
    'names what the API records besides, and every object type, in %s',
    (language) => {
      const { operation, entityType, outcome } = LABELS[language].audit;
      for (const name of [
        'login',
        'logout',
        'changePassword',
        'setLocale',
        'previewTrainingImport',
      ])
        expect(operation[name as keyof typeof operation]).toBeTruthy();
      for (const words of [entityType, outcome])
        expect(Object.values(words).every((word) => word.trim() !== '')).toBe(true);
    },
  );
});
