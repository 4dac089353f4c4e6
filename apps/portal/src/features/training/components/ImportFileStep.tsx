import { useState } from 'react';
import { Alert, Button, Space, Table, Typography, Upload, type UploadFile } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { readApiError, serverMessage } from '../../../app/errors';
import type { TrainingImportFieldsFragment } from '../../../gql/graphql';
import { useErrorMessage } from '../../../shared/useErrorMessage';
import { useInputProblem } from '../../../shared/useInputProblem';
import { useUploadTrainingFile } from '../hooks/useTrainingImport';

// What the learning systems' exports must hold; the API also reads the Chinese headers.
const COLUMNS = [
  { name: 'employeeNo', chinese: '工号', required: true },
  { name: 'activityCode', chinese: '培训编号', required: true },
  { name: 'completedOn', chinese: '完成日期', required: true },
  { name: 'hours', chinese: '学时', required: true },
  { name: 'score', chinese: '成绩', required: false },
  { name: 'passed', chinese: '是否通过', required: false },
  { name: 'points', chinese: '积分', required: false },
  { name: 'evidence', chinese: '备注', required: false },
] as const;

const TEMPLATE = `${COLUMNS.map((c) => c.name).join(',')}\n`;
const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`;

interface ImportFileStepProps {
  onPreviewed(result: TrainingImportFieldsFragment): void;
}

/** Step 1: choose a CSV or XLSX export; it is sent as it is for a preview. */
export function ImportFileStep({ onPreviewed }: ImportFileStepProps) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const problem = useInputProblem();
  const [file, setFile] = useState<UploadFile | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { upload, loading } = useUploadTrainingFile();

  const preview = async () => {
    const chosen = file?.originFileObj;
    if (!chosen) return;
    setError(null);
    try {
      onPreviewed(await upload(chosen));
    } catch (failure) {
      setError(failure);
    }
  };

  // A refused file (missing columns, unreadable workbook) is explained in the user's
  // language when the API gives its rule, else in the API's words.
  const errorText = (failure: unknown) => {
    const translated = problem(failure);
    if (translated) return translated;
    const detail = serverMessage(failure);
    return readApiError(failure).code === 'BAD_USER_INPUT' && detail ? detail : message(failure);
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Paragraph>{t('training.import.columnsIntro')}</Typography.Paragraph>
        <Table
          size="small"
          rowKey="name"
          pagination={false}
          style={{ maxWidth: 720 }}
          data-testid="import-columns"
          dataSource={COLUMNS}
          columns={[
            {
              title: t('training.import.column'),
              dataIndex: 'name',
              render: (name: string) => <Typography.Text code>{name}</Typography.Text>,
            },
            { title: t('training.import.chineseHeader'), dataIndex: 'chinese' },
            {
              title: t('training.import.meaning'),
              dataIndex: 'name',
              key: 'meaning',
              render: (name: (typeof COLUMNS)[number]['name']) =>
                t(`training.import.columns.${name}`),
            },
            {
              title: t('training.import.requiredColumn'),
              dataIndex: 'required',
              render: (required: boolean) =>
                required ? t('training.yes') : t('training.import.optional'),
            },
          ]}
        />
        <Button
          type="link"
          icon={<DownloadOutlined />}
          href={TEMPLATE_HREF}
          download="training-import-template.csv"
          style={{ paddingLeft: 0 }}
        >
          {t('training.import.template')}
        </Button>
      </div>
      <Upload.Dragger
        accept=".csv,.xlsx"
        maxCount={1}
        // Nothing is sent on choosing: the file is read and previewed on the button below.
        beforeUpload={() => false}
        fileList={file ? [file] : []}
        onChange={({ fileList }) => {
          setError(null);
          setFile(fileList.at(-1) ?? null);
        }}
        onRemove={() => setFile(null)}
        data-testid="import-upload"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('training.import.dropHint')}</p>
        <p className="ant-upload-hint">{t('training.import.dropFormats')}</p>
      </Upload.Dragger>
      {error !== null && (
        <Alert
          type="error"
          showIcon
          title={t('training.import.fileRefused')}
          description={errorText(error)}
          data-testid="import-file-error"
        />
      )}
      <Button
        type="primary"
        disabled={!file}
        loading={loading}
        onClick={() => void preview()}
        data-testid="import-preview"
      >
        {t('training.import.previewButton')}
      </Button>
    </Space>
  );
}
