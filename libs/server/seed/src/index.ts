// The demo bank: a deterministic, sized, idempotent seed loaded with COPY (issue 2, item 8).
export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin, type SeedRole } from './demo-logins';
export { seedBank, DEMO_BANK } from './seed-bank';
export type { SeedCounts, SeedOptions, SeedPhase, SeedSummary } from './seed-summary';
export { DEFAULT_AS_OF, isSeedSize, SEED_SIZES, type SeedSize, type SeedSizeSpec } from './sizes';
