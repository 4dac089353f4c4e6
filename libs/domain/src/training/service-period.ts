/**
 * When an RM served the bank: from their hire date to the day they left (the end of their
 * last contract, for an RM whose status is LEFT). Training counts only inside it: a
 * completion dated before the RM joined, or after they left, earns no points.
 */
export interface ServicePeriod {
  hireDate: string;
  /** Null while the RM still serves. */
  leftOn: string | null;
}

export type OutsideService = 'BEFORE_HIRE' | 'AFTER_LEAVING';

export function completionOutsideService(
  completedOn: string,
  period: ServicePeriod,
): OutsideService | null {
  if (completedOn < period.hireDate) return 'BEFORE_HIRE';
  if (period.leftOn !== null && completedOn > period.leftOn) return 'AFTER_LEAVING';
  return null;
}
