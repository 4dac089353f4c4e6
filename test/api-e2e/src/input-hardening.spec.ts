// Every argument and input field of the committed schema, tried with hostile values as each
// role: control characters, over-long text, numbers and dates at and beyond their bounds.
// The cases are generated from schema.gql, so a new operation is covered without a new test.
// Each answer must be a coded refusal naming the field (or an ordinary answer), never
// INTERNAL_SERVER_ERROR, and the server must still be healthy afterwards.
import { INPUT_DEFAULTS, type InputRule } from '@corebook/server/common';
import { INPUT_RULES } from '@corebook/server/app';
import { FIXTURE } from '@corebook/server/testing';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApi, type GraphqlResult, type TestApi } from './support/test-api';

const schema = buildSchema(readFileSync(join(__dirname, '../../../schema.gql'), 'utf8'));
const ROLES = ['admin', 'head1', 'rm1', 'hr'] as const;

/** A value of `type` that passes the checks of `coordinate`, for the arguments not under test. */
function filler(type: GraphQLInputType, coordinate: string): unknown {
  if (isNonNullType(type)) return filler(type.ofType, coordinate);
  if (isListType(type)) return [filler(type.ofType, coordinate)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, filler(field.type, `${type.name}.${field.name}`)]),
    );
  }
  switch (getNamedType(type).name) {
    case 'Int':
    case 'Float':
      return Math.max(1, INPUT_RULES[coordinate]?.min ?? 1);
    case 'Boolean':
      return false;
    case 'Decimal':
      return '1';
    case 'Date':
      return '2026-01-15';
    case 'DateTime':
      return '2026-01-15T08:00:00Z';
    default:
      return 'x';
  }
}

/** One leaf of an argument: its path in the request, its coordinate and its scalar. */
interface Leaf {
  path: (string | number)[];
  coordinate: string;
  scalar: string;
}

function leavesOf(type: GraphQLInputType, path: (string | number)[], coordinate: string): Leaf[] {
  if (isNonNullType(type)) return leavesOf(type.ofType, path, coordinate);
  if (isListType(type)) return leavesOf(type.ofType, [...path, 0], coordinate);
  if (isInputObjectType(type)) {
    return Object.values(type.getFields()).flatMap((field) =>
      leavesOf(field.type, [...path, field.name], `${type.name}.${field.name}`),
    );
  }
  return isScalarType(type) ? [{ path, coordinate, scalar: type.name }] : [];
}

/** Hostile values for a leaf, and whether each must be refused as bad input on that field. */
function casesFor(leaf: Leaf): { value: unknown; refused: boolean }[] {
  const rule: InputRule = INPUT_RULES[leaf.coordinate] ?? {};
  const sample = <T>(arbitrary: fc.Arbitrary<T>) => fc.sample(arbitrary, { numRuns: 3, seed: 7 });
  switch (leaf.scalar) {
    case 'String':
    case 'ID': {
      const max =
        rule.maxLength ??
        (leaf.scalar === 'ID' ? INPUT_DEFAULTS.idMaxLength : INPUT_DEFAULTS.maxLength);
      const controls = sample(
        fc
          .tuple(
            fc.string({ maxLength: 10 }),
            fc.constantFrom(
              '\u0000',
              '\u0007',
              '\u001b',
              '\u007f',
              '\u0085',
              '\u2028',
              ...(rule.multiline ? [] : ['\n', '\t']),
            ),
            fc.string({ maxLength: 10 }),
          )
          .map(([before, control, after]) => `${before}${control}${after}`),
      );
      return [
        ...controls.map((value) => ({ value, refused: true })),
        { value: 'x'.repeat(max + 1), refused: true },
        { value: '9'.repeat(Math.min(max, 30)), refused: false },
        { value: '-1', refused: false },
        { value: "'; SELECT 1; --", refused: false },
        { value: '', refused: false },
      ];
    }
    case 'Int': {
      const min = rule.min ?? INPUT_DEFAULTS.intMin;
      const max = rule.max ?? INPUT_DEFAULTS.intMax;
      return [
        { value: min, refused: false },
        { value: max, refused: false },
        { value: 0, refused: min > 0 },
        { value: -5, refused: min > -5 },
        ...(min > -(2 ** 31) ? [{ value: min - 1, refused: true }] : []),
        ...(max < 2 ** 31 - 1
          ? [
              { value: max + 1, refused: true },
              { value: 2 ** 31 - 1, refused: true },
            ]
          : []),
      ];
    }
    case 'Float':
    case 'Decimal': {
      const encode = (value: number) => (leaf.scalar === 'Decimal' ? String(value) : value);
      const min = rule.min ?? INPUT_DEFAULTS.numberMin;
      const max = rule.max ?? INPUT_DEFAULTS.numberMax;
      return [
        { value: encode(min), refused: false },
        { value: encode(max), refused: false },
        { value: encode(max * 10 + 1), refused: true },
        { value: leaf.scalar === 'Decimal' ? '9'.repeat(40) : -1e300, refused: true },
      ];
    }
    case 'Date':
      return [
        { value: '2026-02-30', refused: true },
        { value: '0001-01-01', refused: false },
        { value: '9999-12-31', refused: false },
      ];
    case 'DateTime':
      return [
        { value: 'not-a-date', refused: true },
        { value: '9999-12-31T00:00:00Z', refused: true },
        { value: '2026-01-15T08:00:00Z', refused: false },
      ];
    default:
      return [];
  }
}

function withValueAt(args: Record<string, unknown>, path: (string | number)[], value: unknown) {
  const copy = structuredClone(args);
  let target: Record<string | number, unknown> = copy;
  for (const [index, key] of path.entries()) {
    if (index === path.length - 1) target[key] = value;
    else {
      const next = path[index + 1];
      target[key] ??= typeof next === 'number' ? [] : {};
      target = target[key] as Record<string | number, unknown>;
    }
  }
  return copy;
}

/** The arguments `Type.field` needs to answer at all, every required one filled. */
function requiredArgs(
  typeName: string,
  field: GraphQLField<unknown, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    field.args
      .filter((arg) => isNonNullType(arg.type))
      .map((arg) => [arg.name, filler(arg.type, `${typeName}.${field.name}(${arg.name}:)`)]),
  );
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  return isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
}

/** An operation calling `field` with every argument as a variable; nested fields are reached through `via`. */
function operationFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  via: { field: string; args: string } | null,
): string {
  const declared = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const call = `${field.name}(${passed})${selectionOf(field)}`;
  const body = via ? `${via.field}${via.args} { ${call} }` : call;
  return `${kind}${declared ? ` (${declared})` : ''} { ${body} }`;
}

interface Target {
  kind: 'query' | 'mutation';
  type: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
  via: { field: string; args: string } | null;
}

describe('every input at the boundary', () => {
  let api: TestApi;
  const tokens: Partial<Record<(typeof ROLES)[number] | 'none', string | undefined>> = {};
  /** How to reach an object type whose fields take arguments, from a fixture id. */
  const routes: Record<string, { field: string; args: string }> = {};

  beforeAll(async () => {
    api = await startTestApi();
    for (const role of ROLES) tokens[role] = await api.tokenFor(role);
    const admin = { token: tokens.admin };
    // A plan and an import, so their fields with arguments can be reached.
    await api.graphql('mutation { runCoreRanking { id } }', {}, admin);
    const plan = await api.graphql<{ planAssignment: { id: number } }>(
      `mutation { planAssignment(branchId: ${FIXTURE.branches.b1}) { id } }`,
      {},
      admin,
    );
    const csv = Buffer.from(
      'employeeNo,activityCode,completedOn,hours\nE001,NOPE,2026-01-10,2\n',
    ).toString('base64');
    const upload = await api.graphql<{ importTrainingRecords: { id: string } }>(
      'mutation ($c: String!) { importTrainingRecords(fileName: "a.csv", contentBase64: $c) { id } }',
      { c: csv },
      admin,
    );
    routes.Client = { field: 'client', args: `(id: "${FIXTURE.clients.wang}")` };
    routes.AssignmentPlan = {
      field: 'assignmentPlan',
      args: `(id: ${plan.data?.planAssignment.id})`,
    };
    routes.TrainingImport = {
      field: 'trainingImport',
      args: `(id: "${upload.data?.importTrainingRecords.id}")`,
    };
  });
  afterAll(() => api.close());

  const targets: Target[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const kind = type.name === 'Mutation' ? 'mutation' : 'query';
      targets.push({ kind, type, field, via: null });
    }
  }

  it('reaches every object type whose fields take arguments', () => {
    const nested = new Set(
      targets
        .filter((t) => t.type.name !== 'Query' && t.type.name !== 'Mutation')
        .map((t) => t.type.name),
    );
    expect([...nested].filter((name) => !(name in routes)).sort()).toEqual([]);
  });

  it.each(targets.map((target) => [`${target.type.name}.${target.field.name}`, target] as const))(
    '%s refuses hostile input with the field named, and never fails inside',
    async (_name, target) => {
      const via =
        target.type.name === 'Query' || target.type.name === 'Mutation'
          ? null
          : routes[target.type.name];
      const query = operationFor(target.kind, target.field, via);
      const base = requiredArgs(target.type.name, target.field);
      const leaves = target.field.args.flatMap((arg) =>
        leavesOf(arg.type, [arg.name], `${target.type.name}.${target.field.name}(${arg.name}:)`),
      );
      const problems: string[] = [];
      for (const leaf of leaves) {
        for (const { value, refused } of casesFor(leaf)) {
          const variables = withValueAt(base, leaf.path, value);
          for (const role of [...ROLES, 'none'] as const) {
            const result: GraphqlResult = await api.graphql(query, variables, {
              token: tokens[role],
            });
            const codes = (result.errors ?? []).map((error) => error.extensions.code);
            const shown = `${leaf.path.join('.')}=${JSON.stringify(value).slice(0, 40)} as ${role}`;
            if (codes.includes('INTERNAL_SERVER_ERROR'))
              problems.push(`${shown}: INTERNAL_SERVER_ERROR`);
            const error = result.errors?.[0];
            // Reached through a parent the role may not read: the parent's refusal is the answer.
            const parentRefused = via !== null && error?.path?.length === 1;
            if (refused && !parentRefused) {
              const field = leaf.path.join('.');
              if (
                error?.extensions.code !== 'BAD_USER_INPUT' ||
                // GraphQL's own coercion names the variable or (compiled queries) the leaf.
                ![field, leaf.path[0], leaf.path.at(-1)].includes(String(error.extensions.field))
              )
                problems.push(
                  `${shown}: expected BAD_USER_INPUT on ${field}, got ${JSON.stringify(result.errors ?? result.data).slice(0, 160)}`,
                );
            }
          }
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('is still healthy and answering afterwards', async () => {
    const ready = await api.app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    const me = await api.graphql('{ me { username } }', {}, { token: await api.tokenFor('admin') });
    expect(me.data).toEqual({ me: { username: 'admin' } });
  });
});
