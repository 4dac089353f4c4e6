import { isIsoDate } from '@corebook/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DECIMAL = /^-?\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Money and other exact numbers travel as decimal strings (PostgreSQL numeric), never floats. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "1234.50". Money is in yuan (CNY).',
  serialize(value) {
    const text = String(value);
    if (!DECIMAL.test(text)) throw new GraphQLError(`Decimal cannot represent ${text}`);
    return text;
  },
  parseValue(value) {
    if (typeof value !== 'string' || !DECIMAL.test(value))
      throw new GraphQLError('Decimal must be a string like "1234.50"');
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !DECIMAL.test(ast.value))
      throw new GraphQLError('Decimal must be a string like "1234.50"');
    return ast.value;
  },
});

/** A calendar date, 'YYYY-MM-DD', with no time zone. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize(value) {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    if (!DATE.test(text)) throw new GraphQLError(`Date cannot represent ${text}`);
    return text;
  },
  parseValue(value) {
    if (typeof value !== 'string' || !isIsoDate(value))
      throw new GraphQLError('Date must be a calendar date written YYYY-MM-DD');
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !isIsoDate(ast.value))
      throw new GraphQLError('Date must be a calendar date written YYYY-MM-DD');
    return ast.value;
  },
});
