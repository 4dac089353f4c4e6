/**
 * What the API accepts in an argument or input field beyond its GraphQL type. The input guard
 * (libs/server/app/src/input-guard.ts) checks every value of every request against these
 * before any resolver runs, so bad input never reaches a service or SQL. Every value already
 * gets INPUT_DEFAULTS; an area declares only what differs, by schema coordinate, in its own
 * `*.input-rules.ts` beside its resolvers.
 */
export interface InputRule {
  /** Longest text accepted, in characters. */
  maxLength?: number;
  /** Free text that may hold tabs and line breaks (notes, reasons); never other control characters. */
  multiline?: boolean;
  /** Inclusive bounds for an Int, Float or Decimal. */
  min?: number;
  max?: number;
}

/**
 * Rules by schema coordinate: `Query.trainingFile(year:)` for an argument,
 * `TrainingRecordInput.evidence` for an input field (the GraphQL spec's notation).
 */
export type InputRules = Readonly<Record<string, InputRule>>;

/** What every value gets unless its coordinate says otherwise. */
export const INPUT_DEFAULTS = {
  /** String: one line of at most this many characters. */
  maxLength: 200,
  /** ID: at most this many characters. */
  idMaxLength: 64,
  /** Int: no negative numbers (ids, versions, counts). */
  intMin: 0,
  intMax: 2 ** 31 - 1,
  /** Float and Decimal: within what the database's numeric columns hold. */
  numberMin: -1e12,
  numberMax: 1e12,
  /** DateTime: a real instant between these years. */
  firstYear: 1900,
  lastYear: 2200,
} as const;

/** Searches match with LIKE over names: a longer pattern is never a real search. */
export const SEARCH_RULE: InputRule = { maxLength: 100 };
