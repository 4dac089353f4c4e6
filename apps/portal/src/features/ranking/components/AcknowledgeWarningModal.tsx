import { useState } from 'react';
import { App, DatePicker, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  ACTION_NOTE_MAX,
  ACTION_NOTE_MIN,
  FOLLOW_UP_MAX_DAYS,
  latestFollowUp,
  meaningfulLength,
} from '@corebook/domain';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { FormModal } from '../../../shared/components/FormModal';
import { showFieldError } from '../../../shared/fieldErrors';
import { useInputProblem } from '../../../shared/useInputProblem';
import { useAcknowledgeWarning } from '../hooks/useEarlyWarnings';

interface Values {
  note: string;
  followUpOn?: Dayjs | null;
}

interface AcknowledgeWarningModalProps {
  warning: { id: string; client: { name: string } };
  onClose(): void;
}

/**
 * Acting on an early warning (docs/domain.md rule 5): what was done, and when to follow
 * up. Both are kept with the warning, in the client's warning history.
 */
export function AcknowledgeWarningModal({ warning, onClose }: AcknowledgeWarningModalProps) {
  const { t } = useTranslation();
  const problem = useInputProblem();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [acknowledge, { loading }] = useAcknowledgeWarning();
  const [error, setError] = useState<unknown>(null);
  // The server checks against the bank's date; the picker offers the days it will take.
  const today = dayjs().startOf('day');
  const latest = dayjs(latestFollowUp(today.format('YYYY-MM-DD')));

  const save = async (values: Values) => {
    setError(null);
    try {
      await acknowledge({
        variables: {
          id: warning.id,
          note: values.note.trim(),
          followUpOn: values.followUpOn ? values.followUpOn.format('YYYY-MM-DD') : null,
        },
      });
      void message.success(t('warnings.acknowledged', { client: warning.client.name }));
      onClose();
    } catch (failure) {
      // A refused note or date is shown under its field as well as above the form.
      showFieldError(form, failure, problem(failure));
      setError(failure);
    }
  };

  return (
    <FormModal
      title={t('warnings.act.title')}
      okText={t('warnings.act.submit')}
      okTestId="warning-act-save"
      loading={loading}
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <FormErrorAlert error={error} onReload={onClose} />
      <Typography.Paragraph type="secondary">
        {t('warnings.act.explain', { client: warning.client.name })}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void save(values)}
        data-testid="warning-act-form"
      >
        <Form.Item
          name="note"
          label={t('warnings.act.note')}
          rules={[
            { required: true, whitespace: true, message: t('warnings.act.noteRequired') },
            {
              // Counted as the server counts it: letters and digits, not spaces or dots.
              validator: (_, value?: string) =>
                !value?.trim() || meaningfulLength(value) >= ACTION_NOTE_MIN
                  ? Promise.resolve()
                  : Promise.reject(
                      new Error(t('warnings.act.noteLength', { min: ACTION_NOTE_MIN })),
                    ),
            },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={ACTION_NOTE_MAX}
            showCount
            placeholder={t('warnings.act.notePlaceholder')}
            data-testid="warning-note"
          />
        </Form.Item>
        <Form.Item
          name="followUpOn"
          label={t('warnings.act.followUpOn')}
          extra={t('warnings.act.followUpHelp', { days: FOLLOW_UP_MAX_DAYS })}
        >
          <DatePicker
            disabledDate={(date) => date.isBefore(today, 'day') || date.isAfter(latest, 'day')}
            data-testid="warning-follow-up"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
