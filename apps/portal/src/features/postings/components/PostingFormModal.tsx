import { useState } from 'react';
import { Alert, Form, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RelationshipManagerStatus, RmPostingFieldsFragment } from '../../../gql/graphql';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { FormModal } from '../../../shared/components/FormModal';
import { showFieldError } from '../../../shared/fieldErrors';
import { labelsFrom, useInputProblem } from '../../../shared/useInputProblem';
import {
  MANAGER_STATUSES,
  MAX_CORE_CAPACITY,
  mayReplanBook,
  type Posting,
} from '../hooks/postingOptions';
import { useUpdateRmPosting } from '../hooks/useRmPostings';

export interface SavedPosting {
  posting: RmPostingFieldsFragment;
  /** The change may have taken core clients off the RM (so the branch is re-planned). */
  mayReplan: boolean;
}

interface PostingFormModalProps {
  posting: RmPostingFieldsFragment;
  onClose(): void;
  onSaved(saved: SavedPosting): void;
  /** After a CONFLICT: read the list again, so the form can be opened on fresh values. */
  onReload(): void;
}

/**
 * HR changes an RM's posting (docs/domain.md rules 3 and 11): an RM who leaves or becomes
 * ineligible stops receiving core clients, and the server re-plans their branch for the
 * branch head. The version read is sent, so a posting changed meanwhile is not overwritten.
 */
export function PostingFormModal({ posting, onClose, onSaved, onReload }: PostingFormModalProps) {
  const { t } = useTranslation();
  const fieldLabel = labelsFrom(t, (field) => `postings.columns.${field}`);
  const problem = useInputProblem(fieldLabel);
  const [form] = Form.useForm<Posting>();
  const [update, { loading }] = useUpdateRmPosting();
  const [error, setError] = useState<unknown>(null);
  const values = Form.useWatch([], form) as Posting | undefined;
  const warnReplan = values ? mayReplanBook(posting, values) : false;

  const save = async (next: Posting) => {
    setError(null);
    try {
      const result = await update({
        variables: {
          input: {
            id: posting.id,
            status: next.status,
            coreCapacity: next.coreCapacity,
            version: posting.version,
          },
        },
      });
      const saved = result.data?.updateRelationshipManager;
      if (saved) onSaved({ posting: saved, mayReplan: mayReplanBook(posting, next) });
    } catch (failure) {
      // A refused field (coreCapacity) is shown under it as well as above the form.
      showFieldError(form, failure, problem(failure));
      setError(failure);
    }
  };

  return (
    <FormModal
      title={t('postings.editTitle', { name: posting.name, employeeNo: posting.employeeNo })}
      okTestId="posting-save"
      loading={loading}
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <FormErrorAlert
        error={error}
        fieldLabel={fieldLabel}
        onReload={() => {
          onReload();
          onClose();
        }}
      />
      <Typography.Paragraph type="secondary">
        {t('postings.explain', { branch: posting.branch.name })}
      </Typography.Paragraph>
      <Form<Posting>
        form={form}
        layout="vertical"
        initialValues={{ status: posting.status, coreCapacity: posting.coreCapacity }}
        onFinish={(next) => void save(next)}
        data-testid="posting-form"
      >
        <Form.Item
          name="status"
          label={t('postings.columns.status')}
          rules={[{ required: true, message: t('training.validation.required') }]}
        >
          <Select<RelationshipManagerStatus>
            data-testid="posting-status"
            options={MANAGER_STATUSES.map((status) => ({
              value: status,
              label: t(`client.manager.statuses.${status}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="coreCapacity"
          label={t('postings.columns.coreCapacity')}
          extra={t('postings.capacityHelp', { max: MAX_CORE_CAPACITY })}
          rules={[{ required: true, message: t('training.validation.required') }]}
        >
          <InputNumber
            min={0}
            max={MAX_CORE_CAPACITY}
            precision={0}
            style={{ width: 160 }}
            data-testid="posting-capacity-input"
          />
        </Form.Item>
      </Form>
      {warnReplan && (
        <Alert
          type="info"
          showIcon
          title={t('postings.replanAhead')}
          data-testid="posting-replan-ahead"
        />
      )}
    </FormModal>
  );
}
