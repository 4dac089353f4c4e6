import { CorebookError, INPUT_DEFAULTS } from '@corebook/server/common';
import fc from 'fast-check';
import { buildSchema, graphql, type GraphQLSchema } from 'graphql';
import { withInputGuard } from './input-guard';

const SDL = `
  input NoteInput { text: String!, tags: [String!] }
  type Query {
    search(term: String, year: Int): Boolean
    note(note: NoteInput!): Boolean
    ids(id: ID!): Boolean
  }
`;

function guarded(): GraphQLSchema {
  const schema = buildSchema(SDL);
  for (const field of Object.values(schema.getQueryType()!.getFields())) field.resolve = () => true;
  return withInputGuard({
    'Query.search(year:)': { min: 2000, max: 2100 },
    'NoteInput.text': { maxLength: 50, multiline: true },
  })(schema);
}

async function refusal(schema: GraphQLSchema, query: string, variables: Record<string, unknown>) {
  const result = await graphql({ schema, source: query, variableValues: variables });
  const error = result.errors?.[0]?.originalError;
  return error instanceof CorebookError ? { code: error.code, ...error.extensions } : null;
}

const CONTROL = fc.constantFrom(
  ...[...Array(32).keys()].map((code) => String.fromCharCode(code)),
  '\u007f',
  '\u0085',
  '\u009f',
  '\u2028',
  '\u2029',
);
const PRINTABLE = fc
  .string({ unit: 'grapheme', maxLength: 20 })
  .filter((text) => !/[\p{Cc}\u2028\u2029]/u.test(text));

describe('the input guard', () => {
  const schema = guarded();

  it('refuses any one-line text holding a control character, naming the argument', async () => {
    await fc.assert(
      fc.asyncProperty(PRINTABLE, CONTROL, PRINTABLE, async (before, control, after) => {
        expect(
          await refusal(schema, 'query ($t: String) { search(term: $t) }', {
            t: before + control + after,
          }),
        ).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'term',
          rule: 'CONTROL_CHARACTER',
        });
      }),
    );
  });

  it('lets free text hold tabs and line breaks, but no other control character, down in input objects and lists', async () => {
    const query = 'query ($n: NoteInput!) { note(note: $n) }';
    expect(await refusal(schema, query, { n: { text: 'line one\n\tline two\r\n' } })).toBeNull();
    expect(await refusal(schema, query, { n: { text: 'a\u0000b' } })).toMatchObject({
      field: 'note.text',
    });
    expect(
      await refusal(schema, query, { n: { text: 'ok', tags: ['fine', 'new\nline'] } }),
    ).toMatchObject({
      field: 'note.tags.1',
      rule: 'CONTROL_CHARACTER',
    });
  });

  it('accepts printable text up to the limit and refuses it one character over', async () => {
    await fc.assert(
      fc.asyncProperty(PRINTABLE, async (text) => {
        expect(
          await refusal(schema, 'query ($t: String) { search(term: $t) }', { t: text }),
        ).toBeNull();
      }),
    );
    const query = 'query ($t: String) { search(term: $t) }';
    expect(await refusal(schema, query, { t: 'x'.repeat(INPUT_DEFAULTS.maxLength) })).toBeNull();
    expect(
      await refusal(schema, query, { t: 'x'.repeat(INPUT_DEFAULTS.maxLength + 1) }),
    ).toMatchObject({
      rule: 'TOO_LONG',
      params: { max: INPUT_DEFAULTS.maxLength },
    });
    expect(
      await refusal(schema, 'query ($i: ID!) { ids(id: $i) }', {
        i: '1'.repeat(INPUT_DEFAULTS.idMaxLength + 1),
      }),
    ).toMatchObject({
      field: 'id',
      rule: 'TOO_LONG',
    });
  });

  it('holds whole numbers to their declared range, and to no negatives by default', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), async (year) => {
        const result = await refusal(schema, 'query ($y: Int) { search(year: $y) }', { y: year });
        if (year >= 2000 && year <= 2100) expect(result).toBeNull();
        else
          expect(result).toMatchObject({
            field: 'year',
            rule: 'WHOLE_RANGE',
            params: { min: 2000, max: 2100 },
          });
      }),
    );
  });

  it('refuses rules for coordinates the schema does not have', () => {
    expect(() => withInputGuard({ 'Query.search(yaer:)': { min: 1 } })(buildSchema(SDL))).toThrow(
      'input rules for unknown coordinates: Query.search(yaer:)',
    );
  });
});
