import { Form, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useActionForm } from '../hooks/useActionForm';
import { useAssignHandler } from '../hooks/useComplaintTransition';
import { useComplaintHandlers } from '../hooks/useComplaints';
import { ActionModal } from './ActionModal';
import type { ActionModalBaseProps } from './SimpleActionModals';

interface Values {
  handlerId: number;
}

/**
 * The branch head gives the complaint to someone of the branch. The RM responsible for the
 * client is offered but cannot be chosen: they may not handle a complaint about their own
 * service (recusal); the API refuses them too.
 */
export function AssignHandlerModal({
  complaint,
  onClose,
  onReload,
}: ActionModalBaseProps & { complaint: { handlerId?: number | null } }) {
  const { t } = useTranslation();
  const [assign, { loading }] = useAssignHandler();
  const { handlers, loading: handlersLoading } = useComplaintHandlers(complaint.id);
  const { form, error, fieldLabel, run } = useActionForm<Values>('ASSIGN', onClose);
  return (
    <ActionModal<Values>
      action="ASSIGN"
      form={form}
      error={error}
      fieldLabel={fieldLabel}
      loading={loading}
      onFinish={({ handlerId }) =>
        run(() =>
          assign({ variables: { id: complaint.id, version: complaint.version, handlerId } }),
        )
      }
      onClose={onClose}
      onReload={onReload}
    >
      <Form.Item
        name="handlerId"
        label={t('complaints.fields.handler')}
        initialValue={complaint.handlerId ?? undefined}
        rules={[{ required: true, message: t('complaints.validation.required') }]}
      >
        <Select<number>
          loading={handlersLoading}
          showSearch={{ optionFilterProp: 'title' }}
          data-testid="complaint-handler-select"
          options={handlers.map((handler) => ({
            value: handler.userId,
            title: handler.name,
            disabled: handler.recused,
            label: (
              <Space size={6} data-testid="handler-option" data-recused={handler.recused}>
                {handler.name}
                <Typography.Text type="secondary">{t(`roles.${handler.role}`)}</Typography.Text>
                {handler.recused && (
                  <Typography.Text type="warning">{t('complaints.assign.recused')}</Typography.Text>
                )}
              </Space>
            ),
          }))}
        />
      </Form.Item>
    </ActionModal>
  );
}
