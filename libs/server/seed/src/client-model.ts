import { FACT_MONTHS, HISTORY_YEARS, type Timeline } from './calendar';
import { exponentialTable, lognormalNoiseTable, Rng, Stream } from './rng';

/**
 * How one client's relationship with the bank evolves over the fact window. Later
 * capabilities (lifecycle, RFM, decline warnings) read these trends back from the facts.
 */
export const enum Trend {
  Growing = 0,
  Stable = 1,
  Declining = 2,
  Dormant = 3,
}

export const CORPORATE_SHARE = 0.15;
// Relationship scale (yuan) per segment: [share, median, lognormal sigma]. A mixture of
// moderate lognormals gives the 80/20 shape without a few clients dominating everything.
type Segment = readonly [share: number, median: number, sigma: number];
// Mass retail, affluent, high net worth.
const INDIVIDUAL_SEGMENTS: readonly Segment[] = [
  [0.72, 15_000, 1.0],
  [0.24, 250_000, 0.8],
  [0.04, 2_500_000, 0.8],
];
// Small, mid-size and large companies.
const CORPORATE_SEGMENTS: readonly Segment[] = [
  [0.8, 300_000, 0.9],
  [0.17, 1_500_000, 0.6],
  [0.03, 8_000_000, 0.5],
];

function segmentScale(r: Rng, segments: readonly Segment[]): number {
  const u = r.float();
  let cumulative = 0;
  for (const [share, median, sigma] of segments) {
    cumulative += share;
    if (u < cumulative) return r.lognormal(median, sigma);
  }
  const [, median, sigma] = segments[segments.length - 1];
  return r.lognormal(median, sigma);
}

const DEPOSIT_NOISE = lognormalNoiseTable(0.07);
const WEALTH_NOISE = lognormalNoiseTable(0.04);
const LOAN_NOISE = lognormalNoiseTable(0.08);
const ACTIVITY_NOISE = lognormalNoiseTable(0.3);
const EXPONENTIAL = exponentialTable();

/** The last 12 of the fact months make up the "12-month" value window. */
const VALUE_WINDOW_START = FACT_MONTHS - 12;

/**
 * The value model of one client, regenerated from (seed, client index) by every phase:
 * a profile (kind, opening date, trend, scale of the relationship, products held, rates)
 * and monthly series in fen (integer cents of yuan), so sums are exact.
 *
 * Skew comes from lognormal balances (sigma ~1.6-1.7), the corporate share, loans and
 * the declining/dormant tails: the top 20% of clients hold about 80% of contribution.
 * One mutable instance is reused for millions of clients: no allocation per client.
 */
export class ClientModel {
  corporate = false;
  openedDay = 0;
  /** Fact month of the opening date, or -1 when the client opened before the window. */
  openMonth = -1;
  firstMonth = 0;
  trend: Trend = Trend.Stable;
  private growth = 0;
  private turnMonth = 0;
  private residual = 1;
  depositBase = 0;
  wealthBase = 0;
  loanBase = 0;
  loanStartMonth = 0;
  hasWealth = false;
  hasLoan = false;
  hasCard = false;
  hasInsurance = false;
  private depositSpread = 0;
  private loanSpread = 0;
  private wealthFeeRate = 0;
  private txBase = 0;
  private perTxFee = 0;
  private cardFee = 0;
  private insuranceMonth = 0;
  private insuranceCommission = 0;
  /** Risk appetite 1..5 (R1 cautious .. R5 aggressive). */
  risk = 3;

  // Monthly series, in fen; index = fact month. Months before firstMonth are unused.
  readonly deposit = new Float64Array(FACT_MONTHS);
  readonly loan = new Float64Array(FACT_MONTHS);
  readonly wealth = new Float64Array(FACT_MONTHS);
  readonly nii = new Float64Array(FACT_MONTHS);
  readonly fee = new Float64Array(FACT_MONTHS);
  readonly transactions = new Int32Array(FACT_MONTHS);
  /** Last activity day as of each month's end, -1 when none yet. */
  readonly lastActivity = new Int32Array(FACT_MONTHS);

  /** Sum of net interest contribution + fee income over the last 12 months, in fen. */
  contribution12m = 0;
  /** Average of (deposit + wealth) over the last 12 months that have facts, in fen. */
  aum = 0;
  lastActivityDay = -1;

  private readonly profileRng = new Rng(0, Stream.Profile);
  private readonly seriesRng = new Rng(0, Stream.Series);
  private readonly historyDays: number;

  constructor(
    private readonly timeline: Timeline,
    private readonly seed: number,
  ) {
    this.historyDays = Math.round(HISTORY_YEARS * 365.25);
  }

  /** Profile and series of client `index` (0-based). */
  simulate(index: number): void {
    this.profile(index);
    this.series(index);
  }

  profile(index: number): void {
    const r = this.profileRng.reseed(this.seed, Stream.Profile, index);
    const t = this.timeline;
    this.corporate = r.chance(CORPORATE_SHARE);
    this.openedDay = t.lastDay - r.int(this.historyDays);
    this.openMonth = t.monthOf(this.openedDay);
    this.firstMonth = Math.max(0, this.openMonth);
    const isNew = this.openMonth >= 0;

    const u = r.float();
    if (isNew) this.trend = u < 0.55 ? Trend.Growing : u < 0.9 ? Trend.Stable : Trend.Dormant;
    else
      this.trend =
        u < 0.18
          ? Trend.Growing
          : u < 0.68
            ? Trend.Stable
            : u < 0.88
              ? Trend.Declining
              : Trend.Dormant;
    const v = r.float();
    this.growth = 0;
    this.turnMonth = 0;
    this.residual = 1;
    switch (this.trend) {
      case Trend.Growing:
        this.growth = 0.015 + 0.035 * v;
        break;
      case Trend.Stable:
        this.growth = (v - 0.5) * 0.012;
        break;
      case Trend.Declining:
        this.growth = -(0.03 + 0.06 * v);
        this.turnMonth = 4 + r.int(16);
        break;
      case Trend.Dormant:
        // Activity stops at turnMonth; negative means before the window began.
        this.turnMonth = isNew ? this.openMonth + 1 + r.int(3) : r.int(30) - 8;
        this.residual = 0.05 + 0.25 * v;
        break;
    }

    const scale = segmentScale(r, this.corporate ? CORPORATE_SEGMENTS : INDIVIDUAL_SEGMENTS);
    const wealthOdds = this.corporate
      ? 0.3
      : Math.min(0.75, Math.max(0.03, 0.08 + 0.12 * Math.log10(scale / 10_000)));
    this.hasWealth = r.chance(wealthOdds);
    const wealthShare = this.hasWealth ? 0.3 + 0.45 * r.float() : 0;
    this.depositBase = scale * (1 - wealthShare);
    this.wealthBase = scale * wealthShare;
    this.hasLoan = r.chance(this.corporate ? 0.5 : 0.22);
    this.loanBase = this.hasLoan
      ? this.corporate
        ? Math.min(5e10, scale * r.lognormal(1, 0.8))
        : r.lognormal(300_000, 0.7)
      : 0;
    // Most loans predate the window; the rest start within it, never before the opening.
    this.loanStartMonth = r.chance(0.75)
      ? this.firstMonth - 1 - r.int(120)
      : this.firstMonth + r.int(FACT_MONTHS - this.firstMonth);
    this.hasCard = r.chance(this.corporate ? 0.2 : 0.55);
    this.hasInsurance = r.chance(this.corporate ? 0.05 : scale > 200_000 ? 0.25 : 0.12);
    this.depositSpread = 0.01 + 0.012 * r.float();
    this.loanSpread = 0.01 + 0.015 * r.float();
    this.wealthFeeRate = 0.004 + 0.008 * r.float();
    this.txBase = this.corporate ? r.lognormal(60, 0.8) : r.lognormal(9, 0.7);
    this.perTxFee = this.corporate ? 150 + r.int(300) : r.int(30);
    this.cardFee = this.hasCard ? 500 + r.int(4000) : 0;
    this.insuranceMonth = r.int(12);
    this.insuranceCommission = this.hasInsurance ? Math.round(r.lognormal(150_000, 0.8)) : 0;
    const appetite = r.float() + (this.hasWealth ? 0.25 : 0) + (this.corporate ? 0.1 : 0);
    this.risk =
      appetite < 0.1 ? 1 : appetite < 0.4 ? 2 : appetite < 0.75 ? 3 : appetite < 0.95 ? 4 : 5;
  }

  private level(month: number): number {
    let level: number;
    switch (this.trend) {
      case Trend.Growing:
      case Trend.Stable:
        level = Math.exp(this.growth * (month - 17.5));
        break;
      case Trend.Declining:
        level =
          month < this.turnMonth
            ? Math.exp(0.003 * (month - this.turnMonth))
            : Math.exp(this.growth * (month - this.turnMonth));
        break;
      case Trend.Dormant:
        level = month < this.turnMonth ? 1 : this.residual;
        break;
    }
    // New relationships ramp up over their first half year (exploration, formation).
    if (this.openMonth >= 0) level *= Math.min(1, 0.2 + (0.8 * (month - this.openMonth)) / 6);
    return level;
  }

  private activity(month: number, level: number): number {
    switch (this.trend) {
      case Trend.Growing:
      case Trend.Stable:
        return Math.sqrt(level);
      case Trend.Declining:
        return month < this.turnMonth ? 1 : level * Math.sqrt(Math.sqrt(level)); // level^1.25: activity fades faster than balances
      case Trend.Dormant:
        return month < this.turnMonth ? 1 : 0;
    }
  }

  series(index: number): void {
    const r = this.seriesRng.reseed(this.seed, Stream.Series, index);
    const t = this.timeline;
    let lastActivity: number;
    if (this.openMonth >= 0) lastActivity = this.openedDay;
    else if (this.trend === Trend.Dormant && this.turnMonth <= 0) {
      lastActivity = Math.max(this.openedDay, t.windowStart - 1 + this.turnMonth * 30 - r.int(28));
    } else lastActivity = Math.max(this.openedDay, t.windowStart - 1 - r.int(10));

    let contribution = 0;
    let aumSum = 0;
    let aumMonths = 0;
    for (let m = this.firstMonth; m < FACT_MONTHS; m++) {
      const start = t.monthStart[m];
      const days = t.monthDays[m];
      // The opening month only counts the days the relationship existed.
      const firstOffset = m === this.openMonth ? this.openedDay - start : 0;
      const share = (days - firstOffset) / days;
      const level = this.level(m);
      const activity = this.activity(m, level);

      const deposit = Math.round(this.depositBase * level * r.noise(DEPOSIT_NOISE) * share * 100);
      const wealth = this.hasWealth
        ? Math.round(this.wealthBase * level * r.noise(WEALTH_NOISE) * share * 100)
        : 0;
      let loan = 0;
      if (this.hasLoan && m >= this.loanStartMonth) {
        const age = m - this.loanStartMonth;
        const outstanding = this.corporate
          ? Math.sqrt(level) * r.noise(LOAN_NOISE)
          : Math.max(0.1, 1 - 0.004 * age);
        loan = Math.round(
          this.loanBase * outstanding * (m === this.loanStartMonth ? 0.5 : 1) * share * 100,
        );
      }
      const nii = Math.round((deposit * this.depositSpread + loan * this.loanSpread) / 12);
      const transactions =
        activity > 0
          ? Math.floor(this.txBase * activity * share * r.noise(ACTIVITY_NOISE) + r.float())
          : 0;
      let fee = Math.round((wealth * this.wealthFeeRate) / 12) + transactions * this.perTxFee;
      if (transactions > 0) {
        fee += this.cardFee;
        // The latest of `transactions` uniform days in the month sits about span/(n+1)
        // before the month's end (exponential gap).
        const span = days - firstOffset;
        const gap = Math.floor((span * r.noise(EXPONENTIAL)) / (transactions + 1));
        lastActivity = start + firstOffset + Math.max(0, span - 1 - gap);
      }
      if (m % 12 === this.insuranceMonth) fee += this.insuranceCommission;

      this.deposit[m] = deposit;
      this.wealth[m] = wealth;
      this.loan[m] = loan;
      this.nii[m] = nii;
      this.fee[m] = fee;
      this.transactions[m] = transactions;
      this.lastActivity[m] = lastActivity;
      if (m >= VALUE_WINDOW_START) {
        contribution += nii + fee;
        aumSum += deposit + wealth;
        aumMonths++;
      }
    }
    this.contribution12m = contribution;
    // Rounds half up like numeric's round(); the sum is an exact integer below 2^53.
    this.aum = aumMonths > 0 ? Math.round(aumSum / aumMonths) : 0;
    this.lastActivityDay = lastActivity;
  }
}
