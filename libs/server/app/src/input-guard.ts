import { controlCharacterIn } from '@corebook/domain';
import {
  INPUT_DEFAULTS,
  badInput,
  type CorebookError,
  type InputRule,
  type InputRules,
} from '@corebook/server/common';
import {
  GraphQLObjectType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/** Checks one value; `field` is its path in the request (`filter.search`, `items.0.note`). */
type Check = (value: unknown, field: string) => CorebookError | null;

/**
 * The one validation layer for input (docs/security.md): wraps the resolver of every field
 * that takes arguments, so each argument and each input-object field is checked against its
 * type's defaults and its coordinate's rule before the resolver runs. A new operation is
 * covered the day it is added; `rules` only declare what differs from INPUT_DEFAULTS.
 */
export function withInputGuard(rules: InputRules): (schema: GraphQLSchema) => GraphQLSchema {
  return (schema) => {
    const unknown = Object.keys(rules).filter(
      (coordinate) => !coordinateExists(schema, coordinate),
    );
    if (unknown.length > 0)
      throw new Error(`input rules for unknown coordinates: ${unknown.join(', ')}`);
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (field.args.length === 0) continue;
        const checks = field.args.map((arg) => ({
          name: arg.name,
          check: checkFor(arg.type, rules[`${type.name}.${field.name}(${arg.name}:)`] ?? {}, rules),
        }));
        const resolve: GraphQLFieldResolver<unknown, unknown> =
          field.resolve ??
          ((source, _args, _context, info) =>
            (source as Record<string, unknown>)?.[info.fieldName]);
        field.resolve = (source, args: Record<string, unknown>, context, info) => {
          for (const { name, check } of checks) {
            const problem = check(args[name], name);
            if (problem) throw problem;
          }
          return resolve(source, args, context, info);
        };
      }
    }
    return schema;
  };
}

function checkFor(type: GraphQLInputType, rule: InputRule, rules: InputRules): Check {
  if (isNonNullType(type)) return checkFor(type.ofType, rule, rules);
  if (isListType(type)) {
    const item = checkFor(type.ofType, rule, rules);
    return (value, field) => {
      if (!Array.isArray(value))
        return value === null || value === undefined ? null : item(value, field);
      for (const [index, element] of value.entries()) {
        const problem = item(element, `${field}.${index}`);
        if (problem) return problem;
      }
      return null;
    };
  }
  if (isInputObjectType(type)) {
    // Built on first use: input types may refer to themselves.
    let fields: { name: string; check: Check }[] | null = null;
    return (value, field) => {
      if (value === null || value === undefined) return null;
      fields ??= Object.values(type.getFields()).map((inner) => ({
        name: inner.name,
        check: checkFor(inner.type, rules[`${type.name}.${inner.name}`] ?? {}, rules),
      }));
      for (const inner of fields) {
        const problem = inner.check(
          (value as Record<string, unknown>)[inner.name],
          `${field}.${inner.name}`,
        );
        if (problem) return problem;
      }
      return null;
    };
  }
  if (isScalarType(type)) return scalarCheck(type.name, rule);
  return () => null; // enums: GraphQL has already checked them
}

function scalarCheck(scalar: string, rule: InputRule): Check {
  switch (scalar) {
    case 'String':
    case 'ID':
      return textCheck(
        rule,
        scalar === 'ID' ? INPUT_DEFAULTS.idMaxLength : INPUT_DEFAULTS.maxLength,
      );
    case 'Int':
      return numberCheck(rule, INPUT_DEFAULTS.intMin, INPUT_DEFAULTS.intMax, 'WHOLE_RANGE');
    case 'Float':
      return numberCheck(rule, INPUT_DEFAULTS.numberMin, INPUT_DEFAULTS.numberMax, 'RANGE');
    case 'Decimal': {
      const range = numberCheck(rule, INPUT_DEFAULTS.numberMin, INPUT_DEFAULTS.numberMax, 'RANGE');
      return (value, field) => (typeof value === 'string' ? range(Number(value), field) : null);
    }
    case 'DateTime':
      return dateTimeCheck;
    default:
      return () => null; // Date, Boolean: their own parsing is the whole rule
  }
}

function textCheck(rule: InputRule, defaultMaxLength: number): Check {
  const maxLength = rule.maxLength ?? defaultMaxLength;
  const multiline = rule.multiline ?? false;
  return (value, field) => {
    if (typeof value !== 'string') return null;
    if (controlCharacterIn(value, multiline)) {
      return badInput(
        field,
        `${field} must not contain control characters${multiline ? ' (tabs and line breaks are fine)' : ''}`,
        { rule: 'CONTROL_CHARACTER' },
      );
    }
    if (value.length > maxLength) {
      return badInput(field, `${field} must be at most ${maxLength} characters`, {
        rule: 'TOO_LONG',
        params: { max: maxLength },
      });
    }
    return null;
  };
}

function numberCheck(
  rule: InputRule,
  defaultMin: number,
  defaultMax: number,
  code: 'WHOLE_RANGE' | 'RANGE',
): Check {
  const min = rule.min ?? defaultMin;
  const max = rule.max ?? defaultMax;
  return (value, field) => {
    if (typeof value !== 'number') return null;
    if (Number.isFinite(value) && value >= min && value <= max) return null;
    return badInput(field, `${field} must be from ${min} to ${max}`, {
      rule: code,
      params: { min, max },
    });
  };
}

function dateTimeCheck(value: unknown, field: string): CorebookError | null {
  if (value === null || value === undefined) return null;
  const year = value instanceof Date ? value.getUTCFullYear() : Number.NaN;
  if (year >= INPUT_DEFAULTS.firstYear && year <= INPUT_DEFAULTS.lastYear) return null;
  return badInput(field, `${field} must be a date and time like 2026-10-31T09:00:00Z`, {
    rule: 'DATE_TIME_FORMAT',
  });
}

/** Whether `Type.field(arg:)` or `InputType.field` names something in the schema. */
function coordinateExists(schema: GraphQLSchema, coordinate: string): boolean {
  const argument = /^(\w+)\.(\w+)\((\w+):\)$/.exec(coordinate);
  if (argument) {
    const type = schema.getType(argument[1]);
    return (
      type instanceof GraphQLObjectType &&
      (type.getFields()[argument[2]]?.args.some((arg) => arg.name === argument[3]) ?? false)
    );
  }
  const field = /^(\w+)\.(\w+)$/.exec(coordinate);
  const type = field ? schema.getType(field[1]) : null;
  return isInputObjectType(type) && field !== null && field[2] in type.getFields();
}
