import { badInput, forbidden } from '@corebook/server/common';
import { BadRequestException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { toClientError } from './graphql-errors';

const logger = pino({ level: 'silent' });
const wrap = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['clients'] });

describe('what a GraphQL caller is told', () => {
  it('passes coded domain errors through with their code and field', () => {
    expect(
      toClientError(wrap(forbidden('This client is not in your book')), undefined, logger),
    ).toMatchObject({
      message: 'This client is not in your book',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(
      toClientError(wrap(badInput('first', 'too many')), undefined, logger).extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('hides unexpected errors behind INTERNAL_SERVER_ERROR, with no stack or detail', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'secret_column')");
    const shown = toClientError(wrap(error), undefined, logger);
    expect(shown).toEqual({
      message: 'Internal server error',
      path: ['clients'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(shown)).not.toContain('secret_column');
  });

  it('maps Nest HTTP exceptions and strips suggestions for anonymous callers', () => {
    expect(
      toClientError(wrap(new BadRequestException('bad')), undefined, logger).extensions,
    ).toEqual({ code: 'BAD_USER_INPUT' });
    const validation = new GraphQLError(
      'Cannot query field "clientz" on type "Query". Did you mean "client"?',
    );
    expect(toClientError(validation, {}, logger).message).toBe(
      'Cannot query field "clientz" on type "Query".',
    );
  });
});
