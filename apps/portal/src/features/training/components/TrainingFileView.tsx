import {
  Alert,
  Card,
  Col,
  Descriptions,
  Empty,
  Progress,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrainingFileQuery } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format';
import { isGrade, isRiskReason, progressPercent } from '../hooks/trainingOptions';
import { ActivityCell } from './ActivityCell';
import { RecordsTable } from './RecordsTable';
import { CertificateStateTag } from './TrainingTags';

type TrainingFile = TrainingFileQuery['trainingFile'];
type MissingActivity = TrainingFile['mandatoryMissing'][number];
type Certificate = TrainingFile['certificates'][number];

// Points arrive as decimal strings and are shown exactly as given.
const asGiven = (value: number | string) => String(value);

function RenewalAlert({ file }: { file: TrainingFile }) {
  const { t } = useTranslation();
  if (!file.renewalAtRisk) {
    return (
      <Alert
        type="success"
        showIcon
        title={t('training.file.onTrack')}
        data-testid="renewal-on-track"
      />
    );
  }
  const explain = (reason: string) => {
    if (!isRiskReason(reason)) return reason;
    return reason === 'POINTS_SHORTFALL'
      ? t('training.file.riskReasons.POINTS_SHORTFALL', {
          shortfall: file.shortfall,
          available: file.stillAvailable,
        })
      : t('training.file.riskReasons.MANDATORY_MISSED', { count: file.mandatoryMissing.length });
  };
  return (
    <Alert
      type="error"
      showIcon
      title={t('training.file.atRisk')}
      data-testid="renewal-at-risk"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {file.riskReasons.map((reason) => (
            <li key={reason} data-testid="risk-reason">
              {explain(reason)}
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** An RM's training file (培训档案) for one year: points, what is missing, certificates, history. */
export function TrainingFileView({ file }: { file: TrainingFile }) {
  const { t } = useTranslation();
  const { manager } = file;
  const percent = progressPercent(file.earned, file.required);

  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="training-file"
    >
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 4 }}>
          <Descriptions.Item label={t('training.fields.manager')}>
            <span data-testid="file-manager">{manager.name}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('training.fields.employeeNo')}>
            {manager.employeeNo}
          </Descriptions.Item>
          <Descriptions.Item label={t('training.fields.grade')}>
            {isGrade(manager.grade) ? t(`training.grades.${manager.grade}`) : manager.grade}
          </Descriptions.Item>
          <Descriptions.Item label={t('training.fields.branch')}>
            {manager.branch.name}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('training.file.pointsTitle', { year: file.year })}>
        <Row gutter={[24, 16]} align="middle">
          <Col xs={24} lg={10}>
            <Progress
              percent={percent}
              status={percent >= 100 ? 'success' : file.renewalAtRisk ? 'exception' : 'active'}
              format={() => `${file.earned} / ${file.required}`}
              data-testid="file-progress"
            />
          </Col>
          <Col xs={12} lg={3}>
            <Statistic
              title={t('training.file.earned')}
              value={file.earned}
              formatter={asGiven}
              data-testid="file-earned"
            />
          </Col>
          <Col xs={12} lg={3}>
            <Statistic
              title={t('training.file.required')}
              value={file.required}
              formatter={asGiven}
              data-testid="file-required"
            />
          </Col>
          <Col xs={12} lg={4}>
            <Statistic
              title={t('training.file.shortfall')}
              value={file.shortfall}
              formatter={asGiven}
              data-testid="file-shortfall"
            />
          </Col>
          <Col xs={12} lg={4}>
            <Statistic
              title={t('training.file.stillAvailable')}
              value={file.stillAvailable}
              formatter={asGiven}
              data-testid="file-available"
            />
          </Col>
        </Row>
        <Space orientation="vertical" style={{ width: '100%', marginTop: 16 }}>
          <RenewalAlert file={file} />
          <CoreClientStanding standing={file.coreClientStanding} />
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('training.file.mandatoryMissing')} size="small">
            <Table<MissingActivity>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={file.mandatoryMissing}
              data-testid="file-mandatory-missing"
              locale={{
                emptyText: (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={t('training.file.noneMissing')}
                  />
                ),
              }}
              columns={[
                {
                  title: t('training.fields.activity'),
                  key: 'activity',
                  render: (_, row) => <ActivityCell activity={row} />,
                },
                {
                  title: t('training.file.until'),
                  dataIndex: 'endsOn',
                  width: 100,
                  render: (date: string) => formatDate(date),
                },
                {
                  title: t('training.fields.points'),
                  dataIndex: 'points',
                  width: 70,
                  align: 'right',
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('training.file.certificates')} size="small">
            <Table<Certificate>
              rowKey={(row) => `${row.activity.id}:${row.completedOn}`}
              size="small"
              pagination={false}
              dataSource={file.certificates}
              data-testid="file-certificates"
              locale={{
                emptyText: (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={t('training.file.noCertificates')}
                  />
                ),
              }}
              columns={[
                {
                  title: t('training.fields.activity'),
                  key: 'activity',
                  render: (_, row) => <ActivityCell activity={row.activity} />,
                },
                {
                  title: t('training.fields.completedOn'),
                  dataIndex: 'completedOn',
                  width: 100,
                  render: (date: string) => formatDate(date),
                },
                {
                  title: t('training.fields.expiresOn'),
                  dataIndex: 'expiresOn',
                  width: 100,
                  render: (date: string) => formatDate(date),
                },
                {
                  title: t('training.fields.state'),
                  dataIndex: 'state',
                  width: 90,
                  render: (state: Certificate['state']) => <CertificateStateTag state={state} />,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card title={t('training.file.history')} size="small">
        <RecordsTable
          rows={file.history}
          loading={false}
          emptyText={t('training.file.noHistory')}
        />
      </Card>
    </Space>
  );
}

/**
 * Whether the RM may hold core clients now, as the plans, the reassign list and the postings
 * decide it: on this year's or last year's points, or why not.
 */
function CoreClientStanding({ standing }: { standing: TrainingFile['coreClientStanding'] }) {
  const { t } = useTranslation();
  const minimum = standing.minimumPoints ?? 0;
  const text = standing.eligible
    ? standing.pointsYear === null
      ? t('training.file.standing.eligibleNoMinimum')
      : t('training.file.standing.eligibleOn', { year: standing.pointsYear, minimum })
    : standing.ineligibility === 'TRAINING_POINTS'
      ? t('training.file.standing.belowMinimum', { minimum })
      : t('training.file.standing.notEligible', {
          reason: t(`assignment.ineligible.${standing.ineligibility ?? 'LEFT'}`),
        });
  return (
    <Tag color={standing.eligible ? 'green' : 'default'} data-testid="file-core-standing">
      {text}
    </Tag>
  );
}
