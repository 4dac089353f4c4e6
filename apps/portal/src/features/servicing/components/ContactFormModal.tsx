import { useState } from 'react';
import { App, Descriptions, Flex, Form } from 'antd';
import dayjs from 'dayjs';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import type { ContactFieldsFragment } from '../../../gql/graphql';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { FormModal } from '../../../shared/components/FormModal';
import { showFieldError } from '../../../shared/fieldErrors';
import { labelsFrom, useInputProblem } from '../../../shared/useInputProblem';
import { bankNow, instantOnBankClock, onBankClock } from '../hooks/contactTime';
import {
  useCompletePlannedContact,
  useEditContact,
  useLogContact,
} from '../hooks/useContactMutations';
import {
  NextStepFields,
  NotesField,
  OccurredAtField,
  OutcomeField,
  PurposeField,
  TypeField,
  type ContactValues,
} from './ContactFields';

export type ContactFormMode =
  /** A contact that happened. */
  | { kind: 'log' }
  /** What happened at a planned contact. */
  | { kind: 'complete'; contact: ContactFieldsFragment }
  /** The author's edit within the edit window. */
  | { kind: 'edit'; contact: ContactFieldsFragment };

interface ContactFormModalProps {
  client: { id: string; name: string };
  mode: ContactFormMode;
  onClose(): void;
}

/**
 * Logs, completes or edits a contact in one dialog (docs/domain.md rule 6): when (on the
 * bank's clock), how, why, what came of it, notes, the next step and a day to plan it for.
 * The queue, the client's cycle, its contacts and timeline are read again before it closes.
 */
export function ContactFormModal({ client, mode, onClose }: ContactFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { timeZone } = useCurrentUser();
  const apollo = useApolloClient();
  const [form] = Form.useForm<ContactValues>();
  const fieldLabel = labelsFrom(t, (field) => `servicing.contact.fields.${field}`);
  const problem = useInputProblem(fieldLabel);
  const [error, setError] = useState<unknown>(null);
  const [log, logState] = useLogContact();
  const [complete, completeState] = useCompletePlannedContact();
  const [edit, editState] = useEditContact();
  const loading = logState.loading || completeState.loading || editState.loading;

  const initialValues: Partial<ContactValues> =
    mode.kind === 'edit'
      ? {
          occurredAt: dayjs(onBankClock(timeZone, mode.contact.occurredAt)),
          type: mode.contact.type,
          purpose: mode.contact.purpose,
          outcome: mode.contact.outcome ?? undefined,
          notes: mode.contact.notes,
          nextStep: mode.contact.nextStep,
        }
      : mode.kind === 'complete'
        ? { occurredAt: bankNow(timeZone), notes: mode.contact.notes }
        : { occurredAt: bankNow(timeZone), type: 'VISIT', purpose: 'PERIODIC_REVIEW' };

  const save = async (values: ContactValues) => {
    setError(null);
    const occurredAt = instantOnBankClock(timeZone, values.occurredAt);
    const said = {
      outcome: values.outcome,
      notes: values.notes?.trim() ?? '',
      nextStep: values.nextStep?.trim() ?? '',
    };
    const plannedOn = values.plannedOn ? values.plannedOn.format('YYYY-MM-DD') : null;
    try {
      if (mode.kind === 'log')
        await log({
          variables: {
            input: {
              clientId: client.id,
              occurredAt,
              type: values.type,
              purpose: values.purpose,
              ...said,
              plannedOn,
            },
          },
        });
      else if (mode.kind === 'complete')
        await complete({
          variables: {
            id: mode.contact.id,
            version: mode.contact.version,
            completion: { occurredAt, ...said, plannedOn },
          },
        });
      else
        await edit({
          variables: {
            id: mode.contact.id,
            version: mode.contact.version,
            edit: { occurredAt, type: values.type, purpose: values.purpose, ...said },
          },
        });
      void message.success(t(`servicing.contact.saved.${mode.kind}`, { client: client.name }));
      onClose();
    } catch (failure) {
      showFieldError(form, failure, problem(failure));
      setError(failure);
    }
  };

  return (
    <FormModal
      title={t(`servicing.contact.title.${mode.kind}`, { client: client.name })}
      okTestId="contact-save"
      width={720}
      loading={loading}
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <FormErrorAlert
        error={error}
        fieldLabel={fieldLabel}
        onReload={() => {
          void apollo.refetchQueries({ include: ['ClientServicing', 'RevisitQueue'] });
          onClose();
        }}
      />
      {mode.kind === 'complete' && (
        <Descriptions
          size="small"
          column={2}
          style={{ marginBottom: 12 }}
          items={[
            {
              key: 'type',
              label: t('servicing.contact.fields.type'),
              children: t(`contact.type.${mode.contact.type}`),
            },
            {
              key: 'purpose',
              label: t('servicing.contact.fields.purpose'),
              children: t(`contact.purpose.${mode.contact.purpose}`),
            },
          ]}
        />
      )}
      <Form<ContactValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void save(values)}
        data-testid="contact-form"
      >
        <Flex gap={16} wrap>
          <OccurredAtField />
          {mode.kind !== 'complete' && <TypeField />}
          {mode.kind !== 'complete' && <PurposeField />}
        </Flex>
        <OutcomeField />
        <NotesField />
        <NextStepFields withoutPlan={mode.kind === 'edit'} />
      </Form>
    </FormModal>
  );
}
