import type { Actor } from '@corebook/domain';
import type { DataSource } from 'typeorm';
import { startRankingBench, type RankingBench } from './ranking-run.fixtures';
import type { RankingRunService } from './ranking-run.service';
import type { RankingSettingsService } from './ranking-settings.service';

jest.setTimeout(180_000);

/**
 * The Pareto curve a run stores, worked out from its clients' rows: at slice k of `slices`,
 * the share of the total value held by the clients whose rank r puts them in a slice up to
 * k (ceil(slices * r / n) <= k).
 */
function expectedCurve(rows: { rank: number; fen: bigint }[], slices: number): number[] {
  const n = rows.length;
  const total = rows.reduce((sum, row) => sum + row.fen, 0n);
  return Array.from({ length: slices }, (_, index) => {
    const held = rows
      .filter((row) => Math.ceil((slices * row.rank) / n) <= index + 1)
      .reduce((sum, row) => sum + row.fen, 0n);
    return Number(held) / Number(total);
  });
}

describe('the Pareto curves of a ranking run', () => {
  let bench: RankingBench;
  let dataSource: DataSource;
  let ranking: RankingRunService;
  let rules: RankingSettingsService;
  let admin: Actor;

  const fenOf = (value: string) => BigInt(value.replace('.', ''));
  const storedCurves = async (runId: number) => {
    const [bank] = await dataSource.query<{ points: number[] }[]>(
      `SELECT pareto_curve AS points FROM ranking_runs WHERE id = $1`,
      [runId],
    );
    const branches = await dataSource.query<{ branchId: number; points: number[] }[]>(
      `SELECT branch_id AS "branchId", pareto_curve AS points FROM ranking_branch_summaries WHERE run_id = $1`,
      [runId],
    );
    return { bank: bank.points, branches };
  };
  const rankedRows = (runId: number) =>
    dataSource.query<{ branchId: number; branchRank: number; value: string }[]>(
      `SELECT branch_id AS "branchId", branch_rank AS "branchRank", value::text AS value
       FROM client_rankings r WHERE run_id = $1 ORDER BY r.value DESC, r.client_id`,
      [runId],
    );
  const expectCurve = (stored: number[], expected: number[]) => {
    expect(stored).toHaveLength(expected.length);
    stored.forEach((share, k) => expect(share).toBeCloseTo(expected[k], 5));
  };

  beforeAll(async () => {
    bench = await startRankingBench();
    ({ dataSource, ranking, rules, admin } = bench);
  });
  afterAll(() => bench?.close());

  it.each(['BANK', 'BRANCH'] as const)(
    'match the ranked clients, for the bank and every branch (%s scope)',
    async (scope) => {
      const { settings, version } = await rules.current();
      await rules.updateSettings(admin, { ...settings, scope }, version, 'test');
      const run = await ranking.run(admin, '2026-11-15', 'test');
      const rows = await rankedRows(run.id);
      const stored = await storedCurves(run.id);

      // The bank's order is by value whatever the scope (value_rank is per branch in a
      // branch scope): the rows come sorted by value, then client.
      expectCurve(
        stored.bank,
        expectedCurve(
          rows.map((row, index) => ({ rank: index + 1, fen: fenOf(row.value) })),
          100,
        ),
      );
      const branchIds = [...new Set(rows.map((row) => row.branchId))];
      const byId = (a: number, b: number) => a - b;
      expect(stored.branches.map((branch) => branch.branchId).sort(byId)).toEqual(
        branchIds.sort(byId),
      );
      for (const { branchId, points } of stored.branches) {
        const ofBranch = rows
          .filter((row) => row.branchId === branchId)
          .map((row) => ({ rank: row.branchRank, fen: fenOf(row.value) }));
        expectCurve(points, expectedCurve(ofBranch, 20));
      }
    },
  );
});
