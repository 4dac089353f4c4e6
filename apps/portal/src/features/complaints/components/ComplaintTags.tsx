// A complaint's status, clock and severity as tags that read the same on every page; the
// words are the shared labels (libs/domain/src/labels, `complaint.*`).
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClockStanding, ComplaintSeverity, ComplaintStatus } from '../../../gql/graphql';

const STATUS_COLORS: Record<ComplaintStatus, string> = {
  RECEIVED: 'default',
  ACKNOWLEDGED: 'blue',
  IN_PROGRESS: 'processing',
  PAUSED: 'warning',
  DECIDED: 'cyan',
  CLOSED: 'success',
  MERGED: 'default',
  WITHDRAWN: 'default',
};

const STANDING_COLORS: Record<ClockStanding, string> = {
  OVERDUE: 'red',
  DUE_SOON: 'orange',
  PAUSED: 'default',
  ON_TIME: 'green',
};

const SEVERITY_COLORS: Record<ComplaintSeverity, string> = {
  HIGH: 'red',
  MEDIUM: 'orange',
  LOW: 'default',
};

export function StatusTag({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="complaint-status" data-status={status}>
      {t(`complaint.status.${status}`)}
    </Tag>
  );
}

/** Open complaints only: a closed one has no standing. */
export function StandingTag({ standing }: { standing: ClockStanding | null | undefined }) {
  const { t } = useTranslation();
  if (!standing) return null;
  return (
    <Tag
      color={STANDING_COLORS[standing]}
      data-testid="complaint-standing"
      data-standing={standing}
    >
      {t(`complaint.standing.${standing}`)}
    </Tag>
  );
}

export function SeverityTag({ severity }: { severity: ComplaintSeverity }) {
  const { t } = useTranslation();
  return <Tag color={SEVERITY_COLORS[severity]}>{t(`complaint.severity.${severity}`)}</Tag>;
}
