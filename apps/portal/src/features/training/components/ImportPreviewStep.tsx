import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Row,
  Segmented,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { CheckOutlined, DeleteOutlined, DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type {
  ImportLineOutcome,
  TrainingImportFieldsFragment,
  TrainingImportLinesQuery,
} from '../../../gql/graphql';
import { CursorPager } from '../../../shared/components/CursorPager';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import type { PageSize } from '../../../shared/pageSizes';
import { useCursorStack } from '../../../shared/useCursorStack';
import { currentLanguage } from '../../../app/i18n';
import { rejectionReportUrl } from '../hooks/downloads';
import { importLineReason } from '../hooks/importReasons';
import { IMPORT_OUTCOMES } from '../hooks/trainingOptions';
import { useActionError } from '../../../shared/useActionError';
import {
  useCommitTrainingImport,
  useDiscardTrainingImport,
  useImportLines,
} from '../hooks/useTrainingImport';

type Line = TrainingImportLinesQuery['trainingImport']['lines']['edges'][number]['node'];
type OutcomeFilter = ImportLineOutcome | 'ALL';

const OUTCOME_COLORS: Record<ImportLineOutcome, string> = {
  ACCEPTED: 'green',
  REJECTED: 'red',
  DUPLICATE: 'orange',
};

interface ImportPreviewStepProps {
  summary: TrainingImportFieldsFragment;
  onCommitted(): void;
  onDiscarded(): void;
}

/** Step 2: what each line would do; nothing is added until Commit. */
export function ImportPreviewStep({ summary, onCommitted, onDiscarded }: ImportPreviewStepProps) {
  const { t } = useTranslation();
  const describe = useActionError();
  // Rejections first: they are what HR has to act on.
  const [outcome, setOutcome] = useState<OutcomeFilter>(summary.rejected > 0 ? 'REJECTED' : 'ALL');
  const [pageSize, setPageSize] = useState<PageSize>(20);
  const pager = useCursorStack();
  const { lines, loading, error, refetch } = useImportLines(
    summary.id,
    outcome === 'ALL' ? undefined : outcome,
    pageSize,
    pager.after,
  );
  const [commit, committing] = useCommitTrainingImport();
  const [discard, discarding] = useDiscardTrainingImport();
  const [actionError, setActionError] = useState<unknown>(null);
  const previewed = summary.status === 'PREVIEWED';

  const run = async (action: () => Promise<unknown>, done: () => void) => {
    setActionError(null);
    try {
      await action();
      done();
    } catch (failure) {
      setActionError(failure);
    }
  };

  const count = (value: OutcomeFilter) =>
    value === 'ALL'
      ? summary.totalRows
      : value === 'ACCEPTED'
        ? summary.accepted
        : value === 'REJECTED'
          ? summary.rejected
          : summary.duplicates;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Text type="secondary" data-testid="import-file-name">
        {summary.fileName}
      </Typography.Text>
      <Row gutter={16}>
        {(
          [
            ['total', summary.totalRows, undefined],
            ['accepted', summary.accepted, '#389e0d'],
            ['rejected', summary.rejected, '#cf1322'],
            ['duplicates', summary.duplicates, '#d46b08'],
          ] as const
        ).map(([key, value, color]) => (
          <Col xs={12} md={6} key={key}>
            <Card size="small">
              <Statistic
                title={t(`training.import.counts.${key}`)}
                value={value}
                styles={{ content: color ? { color } : undefined }}
                data-testid={`import-count-${key}`}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {summary.accepted === 0 && (
        <Alert
          type="info"
          showIcon
          title={t('training.import.nothingToAdd')}
          data-testid="import-nothing"
        />
      )}
      {actionError !== null && (
        <Alert
          type="error"
          showIcon
          title={describe(actionError)}
          data-testid="import-action-error"
        />
      )}
      <Space wrap>
        <Segmented<OutcomeFilter>
          value={outcome}
          onChange={(value) => {
            pager.reset();
            setOutcome(value);
          }}
          data-testid="import-outcome-filter"
          options={(['ALL', ...IMPORT_OUTCOMES] as OutcomeFilter[]).map((value) => ({
            value,
            label: `${value === 'ALL' ? t('common.all') : t(`training.outcomes.${value}`)} (${count(value)})`,
          }))}
        />
        {summary.rejected + summary.duplicates > 0 && (
          <Button
            icon={<DownloadOutlined />}
            href={rejectionReportUrl(summary.id, currentLanguage())}
            data-testid="import-rejection-report"
          >
            {t('training.import.rejectionReport')}
          </Button>
        )}
      </Space>
      {error && !lines ? (
        <ErrorResult error={error} onRetry={refetch} />
      ) : (
        <>
          <Table<Line>
            rowKey="lineNo"
            size="small"
            data-testid="import-lines"
            dataSource={lines?.edges.map((edge) => edge.node) ?? []}
            loading={loading}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={t('training.import.noLines')}
                />
              ),
            }}
            onRow={() => ({ 'data-testid': 'import-line' }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t('training.import.lineNo'), dataIndex: 'lineNo', width: 80 },
              {
                title: t('training.import.outcome'),
                dataIndex: 'outcome',
                width: 120,
                render: (value: ImportLineOutcome) => (
                  <Tag color={OUTCOME_COLORS[value]}>{t(`training.outcomes.${value}`)}</Tag>
                ),
              },
              {
                title: t('training.import.reason'),
                key: 'reason',
                render: (_: unknown, line: Line) => (
                  <span data-testid="import-line-reason">
                    {importLineReason(t, line) ?? t('common.none')}
                  </span>
                ),
              },
              {
                title: t('training.import.raw'),
                dataIndex: 'raw',
                render: (raw: string) => (
                  <Typography.Text code style={{ fontSize: 12 }}>
                    {raw}
                  </Typography.Text>
                ),
              },
            ]}
          />
          <CursorPager
            page={pager.page}
            hasPrevious={pager.hasPrevious}
            hasNext={Boolean(lines?.pageInfo.hasNextPage && lines.pageInfo.endCursor)}
            loading={loading}
            pageSize={pageSize}
            onPrevious={pager.previous}
            onNext={() => {
              const cursor = lines?.pageInfo.endCursor;
              if (cursor) pager.next(cursor);
            }}
            onPageSizeChange={(size) => {
              pager.reset();
              setPageSize(size);
            }}
          />
        </>
      )}
      {previewed && (
        <Space>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            disabled={summary.accepted === 0}
            loading={committing.loading}
            onClick={() =>
              void run(() => commit({ variables: { importId: summary.id } }), onCommitted)
            }
            data-testid="import-commit"
          >
            {t('training.import.commit', { count: summary.accepted })}
          </Button>
          <Button
            danger
            icon={<DeleteOutlined />}
            loading={discarding.loading}
            onClick={() =>
              void run(() => discard({ variables: { importId: summary.id } }), onDiscarded)
            }
            data-testid="import-discard"
          >
            {t('training.import.discard')}
          </Button>
        </Space>
      )}
    </Space>
  );
}
