/**
 * Independent random streams per entity: every (seed, stream, index) triple gets its own
 * generator, so any phase can regenerate one client's data without replaying the others.
 * The generator is sfc32 (small, fast, passes PractRand); it is reseeded in place, so
 * regenerating millions of clients allocates nothing. (pure-rand 8 only ships `exports`
 * typings, which this workspace's `moduleResolution: node` cannot see.)
 */
export const enum Stream {
  Organisation = 1,
  Profile = 2,
  Series = 3,
  Identity = 4,
  Products = 5,
  Assignment = 6,
  Training = 7,
  Servicing = 8,
}

// murmur3's 32-bit finaliser: spreads nearby seeds and indexes over the whole state space.
function fmix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

const GOLDEN = 0x9e3779b9 | 0;
const TABLE_BITS = 12;
const TABLE_SHIFT = 32 - TABLE_BITS;

// Acklam's rational approximation of the inverse normal CDF (relative error < 1.2e-9).
function inverseNormal(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972,
    -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    );
  }
  if (p > 1 - low) return -inverseNormal(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

/** -ln(U) quantiles: a standard exponential draw by table lookup (see lognormalNoiseTable). */
export function exponentialTable(): Float64Array {
  const size = 1 << TABLE_BITS;
  const out = new Float64Array(size);
  for (let k = 0; k < size; k++) out[k] = -Math.log(1 - (k + 0.5) / size);
  return out;
}

/**
 * exp(sigma * Z) for 4,096 equiprobable quantiles of Z: month-to-month noise drawn with one
 * table lookup instead of a logarithm and an exponential (the hot loop of the facts phase).
 */
export function lognormalNoiseTable(sigma: number): Float64Array {
  const size = 1 << TABLE_BITS;
  const out = new Float64Array(size);
  for (let k = 0; k < size; k++) out[k] = Math.exp(sigma * inverseNormal((k + 0.5) / size));
  return out;
}
const TWO_POW_32 = 4294967296;

export class Rng {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;
  private spare = Number.NaN;

  constructor(seed: number, stream: Stream, index = 0) {
    this.reseed(seed, stream, index);
  }

  /** Restart as the stream for (seed, stream, index); returns this for chaining. */
  reseed(seed: number, stream: Stream, index: number): this {
    let h = fmix32(seed ^ GOLDEN);
    h = fmix32(h ^ Math.imul(stream, 0x27d4eb2f));
    h = fmix32(h ^ index);
    this.a = fmix32(h + GOLDEN);
    this.b = fmix32(h + 2 * GOLDEN);
    this.c = fmix32(h + 3 * GOLDEN);
    this.d = 1;
    this.spare = Number.NaN;
    // sfc32's recommended warm-up.
    for (let i = 0; i < 12; i++) this.next32();
    return this;
  }

  /** Next 32 random bits as an unsigned integer. */
  next32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** One entry of a table built by lognormalNoiseTable. */
  noise(table: Float64Array): number {
    return table[this.next32() >>> TABLE_SHIFT];
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next32() / TWO_POW_32;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Uniform integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  /** Standard normal (Box-Muller, keeping the second value for the next call). */
  normal(): number {
    if (!Number.isNaN(this.spare)) {
      const value = this.spare;
      this.spare = Number.NaN;
      return value;
    }
    const u = 1 - this.float();
    const v = this.float();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  /** exp(N(mu, sigma)): money and counts are lognormal, which gives the Pareto-like skew. */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** Index chosen with the given cumulative weights (ascending, last = total). */
  pickCumulative(cumulative: ArrayLike<number>): number {
    const target = this.float() * cumulative[cumulative.length - 1];
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
