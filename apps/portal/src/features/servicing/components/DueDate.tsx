import { Space, Tag, Typography } from 'antd';
import { daysBetween } from '@corebook/domain';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format';
import { useBankToday } from '../../../shared/useBankToday';

interface DueDateProps {
  dueOn: string | null | undefined;
  /** Days past the due date as the API counted them (the queue); else counted from today. */
  daysOverdue?: number | null;
}

/** How a due date stands today: overdue (red), due within 7 days (orange), or later. */
export function DueDate({ dueOn, daysOverdue }: DueDateProps) {
  const { t } = useTranslation();
  const today = useBankToday().iso;
  if (!dueOn) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const late = daysOverdue ?? daysBetween(dueOn, today);
  return (
    <Space size={4} wrap data-testid="due-date">
      <span data-testid="due-on">{formatDate(dueOn)}</span>
      {late > 0 ? (
        <Tag color="red" data-testid="due-overdue">
          {t('servicing.due.overdue', { count: late })}
        </Tag>
      ) : late === 0 ? (
        <Tag color="orange">{t('servicing.due.today')}</Tag>
      ) : late >= -7 ? (
        <Tag color="orange">{t('servicing.due.inDays', { count: -late })}</Tag>
      ) : null}
    </Space>
  );
}
