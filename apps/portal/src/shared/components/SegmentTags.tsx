// The client segments of docs/domain.md rule 4 and the lifecycle stages of rule 5, as tags that
// read the same on every page: tier, core flag, lifecycle stage, value-matrix cell, RFM.
import { Tag, Tooltip, Typography } from 'antd';
import { StarFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { LifecycleStage, ValueMatrixCell, ValueTier } from '../../gql/graphql';

const TIER_COLORS: Record<ValueTier, string> = {
  PLATINUM: 'purple',
  GOLD: 'gold',
  SILVER: 'cyan',
  BRONZE: 'volcano',
};

const STAGE_COLORS: Record<LifecycleStage, string> = {
  EXPLORATION: 'blue',
  FORMATION: 'cyan',
  STABLE: 'green',
  DECLINE: 'red',
};

const CELL_COLORS: Record<ValueMatrixCell, string> = {
  STRATEGIC: 'magenta',
  MAINTAIN: 'green',
  DEVELOP: 'blue',
  BASIC: 'default',
};

/** Plan items carry the tier as a plain string; anything unknown shows as sent. */
export function isValueTier(value: string | null | undefined): value is ValueTier {
  return value !== null && value !== undefined && value in TIER_COLORS;
}

function None() {
  const { t } = useTranslation();
  return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
}

export function TierTag({ tier }: { tier: string | null | undefined }) {
  const { t } = useTranslation();
  if (!tier) return <None />;
  if (!isValueTier(tier)) return <Tag>{tier}</Tag>;
  return (
    <Tag color={TIER_COLORS[tier]} data-testid="tier-tag" data-tier={tier}>
      {t(`segments.tier.${tier}`)}
    </Tag>
  );
}

/** `compact`: a star with a tooltip, for narrow table columns. */
export function CoreTag({ core, compact }: { core: boolean; compact?: boolean }) {
  const { t } = useTranslation();
  if (compact) {
    return core ? (
      <Tooltip title={t('segments.core')}>
        <StarFilled
          style={{ color: '#2f54eb' }}
          aria-label={t('segments.core')}
          data-testid="core-tag"
          data-core="true"
        />
      </Tooltip>
    ) : (
      <Typography.Text type="secondary" data-testid="core-tag" data-core="false">
        {t('common.none')}
      </Typography.Text>
    );
  }
  return core ? (
    <Tag color="geekblue" icon={<StarFilled />} data-testid="core-tag" data-core="true">
      {t('segments.core')}
    </Tag>
  ) : (
    <Typography.Text type="secondary" data-testid="core-tag" data-core="false">
      {t('segments.nonCore')}
    </Typography.Text>
  );
}

export function LifecycleTag({ stage }: { stage: LifecycleStage | null | undefined }) {
  const { t } = useTranslation();
  if (!stage) return <None />;
  return (
    <Tag color={STAGE_COLORS[stage]} data-testid="lifecycle-tag">
      {t(`segments.lifecycle.${stage}`)}
    </Tag>
  );
}

export function MatrixCellTag({ cell }: { cell: ValueMatrixCell | null | undefined }) {
  const { t } = useTranslation();
  if (!cell) return <None />;
  return (
    <Tooltip title={t(`segments.matrixHelp.${cell}`)}>
      <Tag color={CELL_COLORS[cell]} data-testid="matrix-tag">
        {t(`segments.matrix.${cell}`)}
      </Tag>
    </Tooltip>
  );
}

interface Rfm {
  recency: number;
  frequency: number;
  monetary: number;
}

/** "5-4-3": recency, frequency, monetary quintiles, 5 best. */
export function rfmLabel(rfm: Rfm): string {
  return `${rfm.recency}-${rfm.frequency}-${rfm.monetary}`;
}

export function RfmScore({ rfm }: { rfm: Rfm | null | undefined }) {
  const { t } = useTranslation();
  if (!rfm) return <None />;
  return (
    <Tooltip title={t('segments.rfmHelp', { ...rfm })}>
      <Typography.Text code data-testid="rfm">
        {rfmLabel(rfm)}
      </Typography.Text>
    </Tooltip>
  );
}
