import { useState } from 'react';
import { App, DatePicker, Flex, Form } from 'antd';
import { CONTACT_LIMITS, addDays } from '@corebook/domain';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ContactPurpose, ContactType } from '../../../gql/graphql';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { FormModal } from '../../../shared/components/FormModal';
import { showFieldError } from '../../../shared/fieldErrors';
import { useBankToday } from '../../../shared/useBankToday';
import { labelsFrom, useInputProblem } from '../../../shared/useInputProblem';
import { usePlanContact } from '../hooks/useContactMutations';
import { NotesField, PurposeField, TypeField } from './ContactFields';

interface PlanValues {
  plannedOn: Dayjs;
  type: ContactType;
  purpose: ContactPurpose;
  notes?: string;
}

/** Plans a contact for a day (today or later): it joins the revisit queue as it nears. */
export function PlanContactModal({
  client,
  onClose,
}: {
  client: { id: string; name: string };
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const today = useBankToday();
  const latest = dayjs(addDays(today.iso, CONTACT_LIMITS.planAheadDays));
  const [form] = Form.useForm<PlanValues>();
  const fieldLabel = labelsFrom(t, (field) => `servicing.contact.fields.${field}`);
  const problem = useInputProblem(fieldLabel);
  const [plan, { loading }] = usePlanContact();
  const [error, setError] = useState<unknown>(null);

  const save = async (values: PlanValues) => {
    setError(null);
    try {
      await plan({
        variables: {
          input: {
            clientId: client.id,
            plannedOn: values.plannedOn.format('YYYY-MM-DD'),
            type: values.type,
            purpose: values.purpose,
            notes: values.notes?.trim() ?? '',
          },
        },
      });
      void message.success(t('servicing.contact.saved.plan', { client: client.name }));
      onClose();
    } catch (failure) {
      showFieldError(form, failure, problem(failure));
      setError(failure);
    }
  };

  return (
    <FormModal
      title={t('servicing.contact.title.plan', { client: client.name })}
      okTestId="plan-save"
      width={720}
      loading={loading}
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <FormErrorAlert error={error} fieldLabel={fieldLabel} />
      <Form<PlanValues>
        form={form}
        layout="vertical"
        initialValues={{ type: 'PHONE', purpose: 'PERIODIC_REVIEW' }}
        onFinish={(values) => void save(values)}
        data-testid="plan-form"
      >
        <Flex gap={16} wrap>
          <Form.Item
            name="plannedOn"
            label={t('servicing.contact.fields.plannedFor')}
            rules={[{ required: true, message: t('servicing.contact.validation.required') }]}
          >
            <DatePicker
              disabledDate={(date) =>
                date.isBefore(today.day, 'day') || date.isAfter(latest, 'day')
              }
              style={{ width: 200 }}
              data-testid="plan-date"
            />
          </Form.Item>
          <TypeField />
          <PurposeField />
        </Flex>
        <NotesField label={t('servicing.contact.fields.planNotes')} />
      </Form>
    </FormModal>
  );
}
