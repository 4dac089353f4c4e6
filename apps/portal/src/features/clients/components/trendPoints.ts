import type { ClientDetail } from './ClientProfile';

export interface TrendPoint {
  month: string; // YYYY-MM
  netInterest: number;
  feeIncome: number;
  aum: number;
}

/**
 * Chart points, oldest month first. Floats are fine here: they only place pixels;
 * every figure shown as text is formatted from the API's decimal strings.
 */
export function trendPoints(facts: ClientDetail['monthlyFacts']): TrendPoint[] {
  return [...facts]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((fact) => ({
      month: fact.month.slice(0, 7),
      netInterest: Number.parseFloat(fact.netInterestContribution),
      feeIncome: Number.parseFloat(fact.feeIncome),
      // AUM: money the client keeps with the bank, deposits plus wealth management.
      aum: Number.parseFloat(fact.avgDepositBalance) + Number.parseFloat(fact.avgWealthBalance),
    }));
}
