import { trendPoints } from './trendPoints';

const fact = (month: string, deposit: string, wealth: string, nii: string, fee: string) => ({
  month,
  avgDepositBalance: deposit,
  avgLoanBalance: '0',
  avgWealthBalance: wealth,
  netInterestContribution: nii,
  feeIncome: fee,
  contribution: '0',
  transactionCount: 1,
});

describe('value trend points', () => {
  it('orders months oldest first and adds deposits and wealth into AUM', () => {
    const points = trendPoints([
      fact('2025-02-01', '100.50', '50', '12.5', '3'),
      fact('2025-01-01', '10', '0', '-1', '0'),
    ]);
    expect(points).toEqual([
      { month: '2025-01', netInterest: -1, feeIncome: 0, aum: 10 },
      { month: '2025-02', netInterest: 12.5, feeIncome: 3, aum: 150.5 },
    ]);
  });
});
