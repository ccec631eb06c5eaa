/**
 * Python's `statistics.mean` sums floats as exact fractions and rounds once at the end. A plain (or even a
 * compensated) sum followed by a division rounds twice and can land one ulp away, so the mean is computed
 * here on exact integers: every double is an integer multiple of 2^-1074.
 */

const SCALE_BITS = 1074n;
const MANTISSA_BITS = 53;

export function exactMean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0n;
  for (const value of values) sum += scaled(value);
  const quotient = roundedRatio(sum < 0n ? -sum : sum, BigInt(values.length) << SCALE_BITS);
  return sum < 0n ? -quotient : quotient;
}

/** `x · 2^1074` as an exact integer. */
function scaled(x: number): bigint {
  if (!Number.isFinite(x)) throw new RangeError(`exactMean: not a finite number: ${x}`);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exponent = (bits >> 52n) & 0x7ffn;
  const fraction = bits & ((1n << 52n) - 1n);
  const magnitude = exponent === 0n ? fraction : (fraction | (1n << 52n)) << (exponent - 1n);
  return bits >> 63n === 1n ? -magnitude : magnitude;
}

/** The double nearest to num / den (ties to even), for num ≥ 0, den > 0, in the normal range. */
function roundedRatio(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  // Take a quotient of at least 55 bits so that the rounding bit is in it; the remainder is the sticky bit.
  const shift = MANTISSA_BITS + 2 - (bitLength(num) - bitLength(den));
  const [n, d] = shift >= 0 ? [num << BigInt(shift), den] : [num, den << BigInt(-shift)];
  let q = n / d;
  const sticky = n % d !== 0n;
  const extra = BigInt(bitLength(q) - MANTISSA_BITS);
  const dropped = q & ((1n << extra) - 1n);
  const half = 1n << (extra - 1n);
  q >>= extra;
  if (dropped > half || (dropped === half && (sticky || (q & 1n) === 1n))) q += 1n;
  return Number(q) * 2 ** (Number(extra) - shift);
}

function bitLength(x: bigint): number {
  return x.toString(2).length;
}
