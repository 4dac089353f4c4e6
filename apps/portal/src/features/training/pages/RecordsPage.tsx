import { useState } from 'react';
import { App, Button, Space } from 'antd';
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { ConnectionPager } from '../../../shared/components/ConnectionPager';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { CorrectRecordModal } from '../components/CorrectRecordModal';
import { PageCard } from '../components/PageCard';
import { RecordFormModal } from '../components/RecordFormModal';
import { RecordsTable, type RecordRow } from '../components/RecordsTable';
import { RecordsToolbar } from '../components/RecordsToolbar';
import { VoidRecordModal } from '../components/VoidRecordModal';
import { recordsExportUrl } from '../hooks/downloads';
import { recordFilter } from '../hooks/recordListParams';
import { useRecordListParams } from '../hooks/useRecordListParams';
import { useTrainingScope } from '../hooks/useTrainingManagers';
import { useTrainingRecords } from '../hooks/useTrainingRecords';

/** Every training record in scope, server-paged: HR adds, corrects and voids here. */
export function RecordsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { params, change, nextPage, previousPage } = useRecordListParams();
  const { connection, loading, error, refetch } = useTrainingRecords(params);
  const scope = useTrainingScope(params.branchId, { branches: true });
  const [adding, setAdding] = useState(false);
  const [correcting, setCorrecting] = useState<RecordRow>();
  const [voiding, setVoiding] = useState<RecordRow>();

  return (
    <PageCard
      title={t('training.records.title')}
      extra={
        <Space>
          <Button
            icon={<FileExcelOutlined />}
            href={recordsExportUrl(recordFilter(params), currentLanguage())}
            data-testid="records-export"
          >
            {t('training.records.export')}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="record-add"
          >
            {t('training.records.add')}
          </Button>
        </Space>
      }
    >
      <RecordsToolbar
        params={params}
        branches={scope.branches}
        managers={scope.managers}
        onChange={change}
      />
      {error && !connection ? (
        <ErrorResult error={error} onRetry={refetch} />
      ) : (
        <>
          <RecordsTable
            rows={connection?.edges.map((edge) => edge.node) ?? []}
            loading={loading}
            showManager
            fileYear={params.year}
            emptyText={t('training.records.empty')}
            onCorrect={setCorrecting}
            onVoid={setVoiding}
          />
          <ConnectionPager
            cursors={params.cursors}
            pageSize={params.pageSize}
            connection={connection}
            loading={loading}
            summary={(total) => t('training.records.total', { total })}
            onPrevious={previousPage}
            onNext={nextPage}
            onPageSizeChange={(pageSize) => change({ pageSize })}
          />
        </>
      )}
      {adding && (
        <RecordFormModal
          managers={scope.managers}
          managerId={params.managerId}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            void message.success(t('training.records.added'));
          }}
        />
      )}
      {correcting && (
        <CorrectRecordModal
          record={correcting}
          onClose={() => setCorrecting(undefined)}
          onSaved={() => {
            setCorrecting(undefined);
            void message.success(t('training.records.corrected'));
          }}
        />
      )}
      {voiding && (
        <VoidRecordModal
          record={voiding}
          onClose={() => setVoiding(undefined)}
          onSaved={() => {
            setVoiding(undefined);
            void message.success(t('training.records.voided'));
          }}
        />
      )}
    </PageCard>
  );
}
