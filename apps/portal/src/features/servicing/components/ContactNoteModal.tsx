import { useState } from 'react';
import { App, Form, Input, Typography } from 'antd';
import { CONTACT_LIMITS } from '@corebook/domain';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ContactFieldsFragment } from '../../../gql/graphql';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { FormModal } from '../../../shared/components/FormModal';
import { showFieldError } from '../../../shared/fieldErrors';
import { labelsFrom, useInputProblem } from '../../../shared/useInputProblem';
import { useAddContactAddendum, useCancelPlannedContact } from '../hooks/useContactMutations';

/** Cancelling a planned contact says why; a correction after the edit window is an addendum. */
export type ContactNoteKind = 'cancel' | 'addendum';

interface ContactNoteModalProps {
  kind: ContactNoteKind;
  contact: ContactFieldsFragment;
  onClose(): void;
}

/** One sentence about a contact, kept beside it: why a planned one is cancelled, or a correction. */
export function ContactNoteModal({ kind, contact, onClose }: ContactNoteModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const apollo = useApolloClient();
  // Named as the API names the argument, so a refusal lands under the field.
  const field = kind === 'cancel' ? 'reason' : 'text';
  const [form] = Form.useForm<Record<string, string>>();
  const fieldLabel = labelsFrom(t, () => `servicing.contact.note.${kind}.label`);
  const problem = useInputProblem(fieldLabel);
  const [cancel, cancelState] = useCancelPlannedContact();
  const [addendum, addendumState] = useAddContactAddendum();
  const [error, setError] = useState<unknown>(null);

  const save = async (values: Record<string, string>) => {
    setError(null);
    const text = values[field] ?? '';
    try {
      if (kind === 'cancel')
        await cancel({
          variables: { id: contact.id, version: contact.version, reason: text.trim() },
        });
      else await addendum({ variables: { id: contact.id, text: text.trim() } });
      void message.success(t(`servicing.contact.note.${kind}.saved`));
      onClose();
    } catch (failure) {
      showFieldError(form, failure, problem(failure));
      setError(failure);
    }
  };

  return (
    <FormModal
      title={t(`servicing.contact.note.${kind}.title`)}
      okText={t(`servicing.contact.note.${kind}.submit`)}
      danger={kind === 'cancel'}
      okTestId="contact-note-save"
      loading={cancelState.loading || addendumState.loading}
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <FormErrorAlert
        error={error}
        fieldLabel={fieldLabel}
        onReload={() => {
          void apollo.refetchQueries({ include: ['ClientServicing'] });
          onClose();
        }}
      />
      <Typography.Paragraph type="secondary">
        {t(`servicing.contact.note.${kind}.explain`)}
      </Typography.Paragraph>
      <Form<Record<string, string>>
        form={form}
        layout="vertical"
        onFinish={(values) => void save(values)}
        data-testid="contact-note-form"
      >
        <Form.Item
          name={field}
          label={t(`servicing.contact.note.${kind}.label`)}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('servicing.contact.validation.required'),
            },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={kind === 'cancel' ? CONTACT_LIMITS.reason : CONTACT_LIMITS.addendum}
            showCount
            data-testid="contact-note-text"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
