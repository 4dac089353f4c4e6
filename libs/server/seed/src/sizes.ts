export type SeedSize = 'demo' | 'mid' | 'large';

export interface SeedSizeSpec {
  regions: number;
  branches: number;
  relationshipManagers: number;
  clients: number;
}

/** Bank sizes from docs/domain.md ("Numbers to design for"); each with 24 months of facts. */
export const SEED_SIZES: Readonly<Record<SeedSize, SeedSizeSpec>> = {
  demo: { regions: 2, branches: 5, relationshipManagers: 40, clients: 5_000 },
  mid: { regions: 12, branches: 300, relationshipManagers: 3_000, clients: 2_000_000 },
  large: { regions: 36, branches: 3_000, relationshipManagers: 30_000, clients: 20_000_000 },
};

export function isSeedSize(value: string): value is SeedSize {
  return Object.prototype.hasOwnProperty.call(SEED_SIZES, value);
}

/** Fixed so that a given seed number always produces the same bank. */
export const DEFAULT_AS_OF = '2026-10-31';
