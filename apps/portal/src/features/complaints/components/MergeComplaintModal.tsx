import { Form, Input, Select } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_LIMITS } from '@corebook/domain';
import { formatDate } from '../../../shared/format';
import { ComplaintsQuery } from '../graphql/complaints.graphql';
import { useActionForm } from '../hooks/useActionForm';
import { useMergeComplaint } from '../hooks/useComplaintTransition';
import { ActionModal } from './ActionModal';
import type { ActionModalBaseProps } from './SimpleActionModals';

interface Values {
  intoId: string;
  note: string;
}

/**
 * A repeat complaint with no new facts joins an earlier one of the same client that is
 * still on file (not itself merged or withdrawn).
 */
export function MergeComplaintModal({
  complaint,
  onClose,
  onReload,
}: ActionModalBaseProps & { complaint: { clientId: string; receivedAt: string } }) {
  const { t } = useTranslation();
  const [merge, { loading }] = useMergeComplaint();
  const { form, error, fieldLabel, run } = useActionForm<Values>('MERGE', onClose);
  const earlier = useQuery(ComplaintsQuery, {
    variables: { filter: { clientId: complaint.clientId }, first: 100 },
    fetchPolicy: 'network-only',
  });
  const targets = (earlier.data?.complaints.edges ?? [])
    .map((edge) => edge.node)
    .filter(
      (other) =>
        other.id !== complaint.id &&
        other.status !== 'MERGED' &&
        other.status !== 'WITHDRAWN' &&
        Date.parse(other.receivedAt) <= Date.parse(complaint.receivedAt),
    );
  const required = { required: true, message: t('complaints.validation.required') };
  return (
    <ActionModal<Values>
      action="MERGE"
      form={form}
      error={error}
      fieldLabel={fieldLabel}
      loading={loading}
      onFinish={(values) =>
        run(() =>
          merge({
            variables: {
              id: complaint.id,
              version: complaint.version,
              intoId: values.intoId,
              note: values.note.trim(),
            },
          }),
        )
      }
      onClose={onClose}
      onReload={onReload}
    >
      <Form.Item name="intoId" label={t('complaints.fields.intoId')} rules={[required]}>
        <Select<string>
          loading={earlier.loading}
          notFoundContent={t('complaints.merge.noTarget')}
          data-testid="complaint-merge-into"
          options={targets.map((other) => ({
            value: other.id,
            label: `#${other.id} · ${formatDate(other.receivedOn)} · ${t(
              `complaint.business.${other.business}`,
            )} / ${t(`complaint.cause.${other.cause}`)} · ${t(`complaint.status.${other.status}`)}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('complaints.actions.noteLabel.MERGE')}
        rules={[{ ...required, whitespace: true }]}
      >
        <Input.TextArea rows={2} maxLength={COMPLAINT_LIMITS.note} showCount />
      </Form.Item>
    </ActionModal>
  );
}
