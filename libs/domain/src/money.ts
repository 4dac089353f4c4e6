/**
 * Money travels as decimal strings (PostgreSQL `numeric`, yuan with 2 decimals),
 * never as JS floats in sums that matter. These helpers add exactly in integer fen.
 */
const MONEY = /^-?\d+(\.\d{1,2})?$/;

export function toFen(amount: string): bigint {
  if (!MONEY.test(amount)) throw new Error(`not a money amount: "${amount}"`);
  const negative = amount.startsWith('-');
  const [whole, fraction = ''] = amount.replace('-', '').split('.');
  const fen = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return negative ? -fen : fen;
}

export function fromFen(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const text = `${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

export function sumMoney(amounts: readonly string[]): string {
  return fromFen(amounts.reduce((total, amount) => total + toFen(amount), 0n));
}
