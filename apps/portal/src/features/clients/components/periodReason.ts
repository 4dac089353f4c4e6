import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentPlanReason, ManualMoveReason } from '../../../gql/graphql';
import { PLAN_REASONS } from '../../assignment/components/planTags';

function isPlanReason(code: string): code is AssignmentPlanReason {
  return (PLAN_REASONS as readonly string[]).includes(code);
}

/**
 * Why an assignment period started or ended: a plan's reason code, MANUAL (a branch head's
 * move, with the reason chosen from the list since there is one) or INITIAL (the book as it
 * was loaded). Unknown codes are shown as sent.
 */
export function usePeriodReason(): (code: string, because?: ManualMoveReason | null) => string {
  const { t } = useTranslation();
  return useCallback(
    (code: string, because?: ManualMoveReason | null) => {
      if (isPlanReason(code)) return t(`assignment.reason.${code}`);
      if (code === 'MANUAL' && because)
        return t('client.assignments.manualBecause', {
          why: t(`assignment.moveReason.${because}`),
        });
      if (code === 'MANUAL' || code === 'INITIAL') return t(`client.assignments.reasons.${code}`);
      return code;
    },
    [t],
  );
}
