/** The training years a file, an overview or a filter can be asked for. */
export const TRAINING_YEARS = { first: 2000, last: 2100 } as const;

/** Longest evidence note on a record (an imported line's too), and longest reason for a change. */
export const EVIDENCE_MAX_LENGTH = 2000;
export const TRAINING_REASON_MAX_LENGTH = 500;
