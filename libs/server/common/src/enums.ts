/**
 * A GraphQL enum object from the domain's list of codes (`registerEnumType` needs an object;
 * the codes stay defined once, in libs/domain).
 */
export const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
