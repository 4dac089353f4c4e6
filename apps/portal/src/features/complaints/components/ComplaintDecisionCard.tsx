import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatMoney } from '../../../shared/format';

const longText = { whiteSpace: 'pre-wrap' as const, margin: 0 };

/**
 * What was decided (shown once it is): the decision, the written summary (件件有总结), the
 * root cause and what is changed (溯源整改), redress in exact money, upheld or not, on time.
 */
export function ComplaintDecisionCard({ complaint }: { complaint: ComplaintFieldsFragment }) {
  const { t, i18n } = useTranslation();
  if (!complaint.decidedOn) return null;
  const text = (value: string | null | undefined, testId: string) => (
    <Typography.Paragraph style={longText} data-testid={testId}>
      {value}
    </Typography.Paragraph>
  );
  return (
    <Card title={t('complaints.page.decision')} size="small" data-testid="complaint-decision">
      <Descriptions
        column={3}
        size="small"
        items={[
          {
            key: 'decidedOn',
            label: t('complaints.fields.decidedOn'),
            children: (
              <span>
                {formatDate(complaint.decidedOn)}{' '}
                {complaint.decidedLate ? (
                  <Tag color="red" data-testid="complaint-decided-late">
                    {t('complaints.decide.late')}
                  </Tag>
                ) : (
                  <Tag color="green">{t('complaints.decide.onTime')}</Tag>
                )}
              </span>
            ),
          },
          {
            key: 'upheld',
            label: t('complaints.fields.upheld'),
            children: (
              <span data-testid="complaint-upheld">
                {complaint.upheld
                  ? t('complaints.decide.upheldYes')
                  : t('complaints.decide.upheldNo')}
              </span>
            ),
          },
          {
            key: 'redressAmount',
            label: t('complaints.fields.redressAmount'),
            children: (
              <span data-testid="complaint-redress">
                {formatMoney(complaint.redressAmount, i18n.language)}
              </span>
            ),
          },
          {
            key: 'decision',
            label: t('complaints.fields.decision'),
            span: 3,
            children: text(complaint.decision, 'complaint-decision-text'),
          },
          {
            key: 'summary',
            label: t('complaints.fields.summary'),
            span: 3,
            children: text(complaint.summary, 'complaint-summary'),
          },
          {
            key: 'rootCause',
            label: t('complaints.fields.rootCause'),
            span: 3,
            children: text(complaint.rootCause, 'complaint-root-cause'),
          },
          ...(complaint.closedOn
            ? [
                {
                  key: 'closedOn',
                  label: t('complaints.fields.closedOn'),
                  span: 3,
                  children: formatDate(complaint.closedOn),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
