import { FACT_MONTHS, Timeline } from './calendar';
import { ClientModel } from './client-model';
import { CopyWriter } from './copy-writer';
import { apportion } from './organisation';

const timeline = new Timeline('2026-10-31');

function series(model: ClientModel): number[][] {
  return [
    model.deposit,
    model.loan,
    model.wealth,
    model.nii,
    model.fee,
    model.transactions,
    model.lastActivity,
  ].map((values) => Array.from(values.subarray(model.firstMonth)));
}

describe('the fact window', () => {
  it('covers the 24 months before the asOf month', () => {
    expect(timeline.monthText[0]).toBe('2024-10-01');
    expect(timeline.monthText[FACT_MONTHS - 1]).toBe('2026-09-01');
    expect(timeline.text(timeline.lastDay)).toBe('2026-09-30');
  });

  it('refuses an asOf that is not a date', () => {
    expect(() => new Timeline('2026-02-30')).toThrow(/not a valid date/);
    expect(() => new Timeline('31/10/2026')).toThrow(/asOf must be a date/);
  });
});

describe('a client regenerated from (seed, index)', () => {
  it('is identical every time, whatever was generated in between', () => {
    const model = new ClientModel(timeline, 7);
    model.simulate(42);
    const first = series(model);
    model.simulate(43);
    model.simulate(42);
    expect(series(model)).toEqual(first);
  });

  it('differs with another seed', () => {
    const a = new ClientModel(timeline, 1);
    const b = new ClientModel(timeline, 2);
    a.simulate(42);
    b.simulate(42);
    expect(series(a)).not.toEqual(series(b));
  });

  it('has facts only from its opening month, and value figures that add up from them', () => {
    const model = new ClientModel(timeline, 1);
    let newClients = 0;
    for (let i = 0; i < 2_000; i++) {
      model.simulate(i);
      const openingMonth = timeline.monthOf(model.openedDay);
      expect(model.firstMonth).toBe(Math.max(0, openingMonth));
      if (openingMonth >= 0) newClients++;
      let contribution = 0;
      let assets = 0;
      let months = 0;
      for (let m = Math.max(12, model.firstMonth); m < FACT_MONTHS; m++) {
        contribution += model.nii[m] + model.fee[m];
        assets += model.deposit[m] + model.wealth[m];
        months++;
      }
      expect(model.contribution12m).toBe(contribution);
      expect(model.aum).toBe(Math.round(assets / months));
      expect(model.lastActivityDay).toBeGreaterThanOrEqual(model.openedDay);
      expect(model.lastActivityDay).toBeLessThanOrEqual(timeline.lastDay);
    }
    // Opening dates spread over 15 years: about 2/15 of clients opened within the window.
    expect(newClients / 2_000).toBeGreaterThan(0.09);
    expect(newClients / 2_000).toBeLessThan(0.18);
  });

  it('shows growing, declining and dormant relationships in the facts', () => {
    const model = new ClientModel(timeline, 1);
    let dormant = 0;
    let declining = 0;
    let growing = 0;
    const clients = 5_000;
    for (let i = 0; i < clients; i++) {
      model.simulate(i);
      if (model.firstMonth > 0) continue;
      const quarter = (from: number) =>
        model.deposit[from] + model.deposit[from + 1] + model.deposit[from + 2];
      const lastQuarterTransactions =
        model.transactions[21] + model.transactions[22] + model.transactions[23];
      if (lastQuarterTransactions === 0) dormant++;
      else if (quarter(21) < 0.6 * quarter(0)) declining++;
      else if (quarter(21) > 1.5 * quarter(0)) growing++;
    }
    expect(dormant / clients).toBeGreaterThan(0.04);
    expect(declining / clients).toBeGreaterThan(0.08);
    expect(growing / clients).toBeGreaterThan(0.08);
  });
});

describe('CopyWriter', () => {
  it('writes fen as yuan with exactly two decimals', () => {
    const out = new CopyWriter(4);
    for (const fen of [0, 5, 10, 99, 100, 123_456, -7, -12_345, 9_007_199_254_740_991]) {
      out.yuan(fen);
      out.tab();
    }
    out.nul();
    out.text('上海');
    out.newline();
    expect(out.take().toString('utf8')).toBe(
      '0.00\t0.05\t0.10\t0.99\t1.00\t1234.56\t-0.07\t-123.45\t90071992547409.91\t\\N上海\n',
    );
  });
});

describe('apportion', () => {
  it('splits exactly, respecting the minimum', () => {
    const parts = apportion(40, [1400, 1100, 1000, 800, 700], 3);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(40);
    expect(parts).toEqual([10, 8, 8, 7, 7]);
    expect(apportion(10, [1, 100], 3)).toEqual([3, 7]);
  });
});
