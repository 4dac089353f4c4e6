// The demo bank: a deterministic, sized, idempotent seed loaded with COPY (issue 2, item 8).
export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin, type SeedRole } from './demo-logins';
export {
  seedBank,
  type SeedCounts,
  DEMO_BANK,
  type SeedOptions,
  type SeedPhase,
  type SeedSummary,
} from './seed-bank';
export { DEFAULT_AS_OF, isSeedSize, SEED_SIZES, type SeedSize, type SeedSizeSpec } from './sizes';
