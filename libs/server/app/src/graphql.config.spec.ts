import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { withoutTrivialResolvers } from './graphql.config';
import { RESOLVERS } from './schema-emitter';

async function buildSchema(): Promise<GraphQLSchema> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, {
    logger: false,
  });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  await app.close();
  return schema;
}

function fieldOf(schema: GraphQLSchema, typeName: string, fieldName: string) {
  const type = schema.getType(typeName);
  if (!(type instanceof GraphQLObjectType)) throw new Error(`${typeName} is not an object type`);
  return type.getFields()[fieldName];
}

interface Thing {
  size?: number;
  name?: string;
}

describe('withoutTrivialResolvers', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = withoutTrivialResolvers(await buildSchema());
  });

  it('leaves plain fields to be read from their property (graphql-jit reads them inline)', () => {
    // If NestJS renames or changes its property reader, this fails instead of the hot read
    // silently slowing down again.
    for (const [type, field] of [
      ['Client', 'name'],
      ['Client', 'contribution12m'],
      ['ClientEdge', 'node'],
      ['ClientEdge', 'cursor'],
      ['PageInfo', 'hasNextPage'],
    ] as const) {
      expect({ type, field, resolve: fieldOf(schema, type, field).resolve }).toEqual({
        type,
        field,
        resolve: undefined,
      });
    }
  });

  it('keeps resolvers that do something, and property readers that answer a default value', () => {
    // NestJS's own reader, as it reads a field declared with a default value.
    const readerWithDefault = { rootFieldResolver: (root: Thing) => root.size ?? 20 }
      .rootFieldResolver;
    const bare = { rootFieldResolver: (root: Thing) => root.name }.rootFieldResolver;
    const real = (root: Thing) => `thing ${root.name ?? ''}`;
    const ThingType = new GraphQLObjectType<Thing>({
      name: 'Thing',
      fields: {
        size: { type: GraphQLInt, resolve: readerWithDefault },
        name: { type: GraphQLString, resolve: bare },
        label: { type: GraphQLString, resolve: real },
      },
    });
    const thing = withoutTrivialResolvers(
      new GraphQLSchema({
        query: new GraphQLObjectType({ name: 'Query', fields: { thing: { type: ThingType } } }),
      }),
    );
    expect(fieldOf(thing, 'Thing', 'size').resolve).toBe(readerWithDefault);
    expect(fieldOf(thing, 'Thing', 'name').resolve).toBeUndefined();
    expect(fieldOf(thing, 'Thing', 'label').resolve).toBe(real);
  });
});
