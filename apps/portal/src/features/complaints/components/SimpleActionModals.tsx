import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_LIMITS } from '@corebook/domain';
import { useActionForm } from '../hooks/useActionForm';
import {
  useNoteTransition,
  usePlainTransition,
  type NoteAction,
  type PlainAction,
} from '../hooks/useComplaintTransition';
import { ActionModal } from './ActionModal';

export interface ActionModalBaseProps {
  complaint: { id: string; version: number };
  onClose(): void;
  onReload(): void;
}

/** Acknowledge, start handling, resume the clock: confirmed, nothing to fill in. */
export function PlainActionModal({
  action,
  complaint,
  onClose,
  onReload,
}: ActionModalBaseProps & { action: PlainAction }) {
  const [send, { loading }] = usePlainTransition(action);
  const { form, error, fieldLabel, run } = useActionForm<object>(action, onClose);
  return (
    <ActionModal
      action={action}
      form={form}
      error={error}
      fieldLabel={fieldLabel}
      loading={loading}
      onFinish={() =>
        run(() => send({ variables: { id: complaint.id, version: complaint.version } }))
      }
      onClose={onClose}
      onReload={onReload}
    />
  );
}

/** Pause the clock, record a withdrawal, reopen on new facts: each says why. */
export function NoteActionModal({
  action,
  complaint,
  onClose,
  onReload,
}: ActionModalBaseProps & { action: NoteAction }) {
  const { t } = useTranslation();
  const [send, { loading }] = useNoteTransition(action);
  const { form, error, fieldLabel, run } = useActionForm<{ note: string }>(action, onClose);
  return (
    <ActionModal<{ note: string }>
      action={action}
      form={form}
      error={error}
      fieldLabel={fieldLabel}
      loading={loading}
      onFinish={({ note }) =>
        run(() =>
          send({ variables: { id: complaint.id, version: complaint.version, note: note.trim() } }),
        )
      }
      onClose={onClose}
      onReload={onReload}
    >
      <Form.Item
        name="note"
        label={t(`complaints.actions.noteLabel.${action}`)}
        rules={[{ required: true, whitespace: true, message: t('complaints.validation.required') }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={COMPLAINT_LIMITS.note}
          showCount
          data-testid="complaint-action-note"
        />
      </Form.Item>
    </ActionModal>
  );
}
