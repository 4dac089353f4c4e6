import { useState } from 'react';
import { App, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  MANUAL_MOVE_REASONS,
  MOVE_NOTE_MAX,
  moveNoteProblem,
  type ManualMoveReason,
} from '@corebook/domain';
import { errorExtension } from '../../../app/errors';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { FormModal } from '../../../shared/components/FormModal';
import { showFieldError } from '../../../shared/fieldErrors';
import { useInputProblem } from '../../../shared/useInputProblem';
import { useBranchManagers, useReassignClient } from '../hooks/useReassignClient';

/** The branch pool in the RM list (the API takes null for it). */
const POOL = 0;

interface Values {
  managerId: number;
  reasonCode: ManualMoveReason;
  reason: string;
}

interface ReassignModalProps {
  client: {
    id: string;
    name: string;
    core?: boolean | null;
    branch: { id: number };
    manager?: { id: number } | null;
  };
  onClose(): void;
}

/**
 * A branch head moves one client to another RM of the branch, or to the branch pool; why
 * (a reason from the list and a note) is required and kept in the assignment history
 * (docs/domain.md rule 3).
 */
export function ReassignModal({ client, onClose }: ReassignModalProps) {
  const { t } = useTranslation();
  const problem = useInputProblem();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { managers, loading: managersLoading } = useBranchManagers(client.branch.id);
  const [reassign, { loading }, showCurrent] = useReassignClient();
  const [error, setError] = useState<unknown>(null);
  // While the page catches up with a move made meanwhile, saving would send what it knew.
  const [refreshing, setRefreshing] = useState(false);
  const currentId = client.manager?.id ?? POOL;
  const reasonCode = Form.useWatch('reasonCode', form);

  const save = async (values: Values) => {
    setError(null);
    try {
      await reassign({
        variables: {
          clientId: client.id,
          managerId: values.managerId === POOL ? null : values.managerId,
          reasonCode: values.reasonCode,
          reason: values.reason.trim(),
          // The RM shown here: if someone else moved the client meanwhile, the API refuses.
          currentManagerId: client.manager?.id ?? null,
        },
      });
      void message.success(t('assignment.reassign.done', { client: client.name }));
      onClose();
    } catch (failure) {
      // A refused field (reason, managerId) is shown under it as well as above the form.
      showFieldError(form, failure, problem(failure));
      setError(failure);
      // Someone else moved the client: show who serves it now, so the head can choose again.
      if (errorExtension(failure, 'rule') === 'CLIENT_MOVED') {
        setRefreshing(true);
        await showCurrent().catch(() => undefined);
        setRefreshing(false);
      }
    }
  };

  const options = [
    { value: POOL, label: t('assignment.pool') },
    ...managers.map((m) => {
      // A core client goes only to an RM who may hold core clients now and has room for
      // one more; others say why not.
      const why = m.coreClientIneligibility ?? (m.status === 'ACTIVE' ? null : m.status);
      const full = m.coreClientsHeld >= m.coreCapacity;
      const name = `${m.name} (${m.employeeNo})`;
      const label = why
        ? `${name} · ${t(`assignment.ineligible.${why}`)}`
        : client.core && full
          ? `${name} · ${t('assignment.reassign.full', { held: m.coreClientsHeld, capacity: m.coreCapacity })}`
          : name;
      return {
        value: m.id,
        label,
        disabled:
          m.status === 'LEFT' ||
          (Boolean(client.core) && (m.coreClientIneligibility !== null || full)),
      };
    }),
  ].filter((option) => option.value !== currentId);

  return (
    <FormModal
      title={t('assignment.reassign.title')}
      okText={t('assignment.reassign.submit')}
      okTestId="reassign-save"
      loading={loading || refreshing}
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <FormErrorAlert error={error} onReload={onClose} />
      <Typography.Paragraph type="secondary">
        {t('assignment.reassign.explain', { client: client.name })}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void save(values)}
        data-testid="reassign-form"
      >
        <Form.Item
          name="managerId"
          label={t('assignment.reassign.to')}
          rules={[{ required: true, message: t('training.validation.required') }]}
        >
          <Select<number>
            showSearch={{ optionFilterProp: 'label' }}
            loading={managersLoading}
            options={options}
            data-testid="reassign-manager"
          />
        </Form.Item>
        <Form.Item
          name="reasonCode"
          label={t('assignment.reassign.reasonCode')}
          rules={[{ required: true, message: t('assignment.reassign.reasonCodeRequired') }]}
        >
          <Select<ManualMoveReason>
            data-testid="reassign-reason-code"
            options={MANUAL_MOVE_REASONS.map((code) => ({
              value: code,
              label: t(`assignment.moveReason.${code}`),
            }))}
            // A note long enough for one reason may be too short for OTHER: check it again.
            onChange={() => {
              if (form.getFieldValue('reason')) void form.validateFields(['reason']);
            }}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('assignment.reassign.reason')}
          rules={[
            { required: true, whitespace: true, message: t('training.validation.reason') },
            {
              // Counted as the server counts it (letters and digits), with OTHER's longer minimum.
              validator: (_, value?: string) => {
                const problem = value?.trim()
                  ? moveNoteProblem(reasonCode ?? 'CLIENT_REQUEST', value.trim())
                  : null;
                return problem
                  ? Promise.reject(
                      new Error(
                        t(
                          problem.rule === 'OTHER_REASON_LENGTH'
                            ? 'assignment.reassign.otherReasonLength'
                            : 'assignment.reassign.reasonLength',
                          { min: problem.params.min },
                        ),
                      ),
                    )
                  : Promise.resolve();
              },
            },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={MOVE_NOTE_MAX}
            showCount
            data-testid="reassign-reason"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
