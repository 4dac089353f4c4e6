import { DatePicker, Form, Input, Radio, Select } from 'antd';
import {
  CONTACT_LIMITS,
  CONTACT_OUTCOMES,
  CONTACT_PURPOSES,
  CONTACT_TYPES,
  addDays,
} from '@corebook/domain';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import type { ContactOutcome, ContactPurpose, ContactType } from '../../../gql/graphql';
import { useBankToday } from '../../../shared/useBankToday';
import { isAfterBankNow, zoneName } from '../hooks/contactTime';

/** What the contact dialogs hold; dates are on the bank's clock (hooks/contactTime.ts). */
export interface ContactValues {
  occurredAt: Dayjs;
  type: ContactType;
  purpose: ContactPurpose;
  outcome: ContactOutcome;
  notes?: string;
  nextStep?: string;
  plannedOn?: Dayjs | null;
}

const useRequired = () => {
  const { t } = useTranslation();
  return { required: true, message: t('servicing.contact.validation.required') };
};

/** When it happened: the bank's date and time, not in the future, within the last year. */
export function OccurredAtField() {
  const { t, i18n } = useTranslation();
  const { timeZone } = useCurrentUser();
  const today = useBankToday();
  const earliest = dayjs(addDays(today.iso, -CONTACT_LIMITS.planAheadDays));
  return (
    <Form.Item
      name="occurredAt"
      label={t('servicing.contact.fields.occurredAt')}
      extra={t('servicing.contact.bankClock', { zone: zoneName(timeZone, i18n.language) })}
      rules={[
        useRequired(),
        {
          validator: (_, value: Dayjs | null | undefined) =>
            value && isAfterBankNow(timeZone, value)
              ? Promise.reject(new Error(t('servicing.contact.validation.future')))
              : Promise.resolve(),
        },
      ]}
    >
      <DatePicker
        showTime={{ format: 'HH:mm' }}
        format="YYYY-MM-DD HH:mm"
        allowClear={false}
        disabledDate={(date) => date.isAfter(today.day, 'day') || date.isBefore(earliest, 'day')}
        style={{ width: 200 }}
        data-testid="contact-occurred-at"
      />
    </Form.Item>
  );
}

export function TypeField() {
  const { t } = useTranslation();
  return (
    <Form.Item name="type" label={t('servicing.contact.fields.type')} rules={[useRequired()]}>
      <Select<ContactType>
        style={{ width: 200 }}
        data-testid="contact-type"
        options={CONTACT_TYPES.map((type) => ({ value: type, label: t(`contact.type.${type}`) }))}
      />
    </Form.Item>
  );
}

export function PurposeField() {
  const { t } = useTranslation();
  return (
    <Form.Item name="purpose" label={t('servicing.contact.fields.purpose')} rules={[useRequired()]}>
      <Select<ContactPurpose>
        style={{ width: 200 }}
        data-testid="contact-purpose"
        options={CONTACT_PURPOSES.map((purpose) => ({
          value: purpose,
          label: t(`contact.purpose.${purpose}`),
        }))}
      />
    </Form.Item>
  );
}

export function OutcomeField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="outcome"
      label={t('servicing.contact.fields.outcome')}
      extra={t('servicing.contact.notReachedHelp')}
      rules={[{ required: true, message: t('servicing.contact.validation.outcome') }]}
    >
      <Radio.Group
        optionType="button"
        data-testid="contact-outcome"
        options={CONTACT_OUTCOMES.map((outcome) => ({
          value: outcome,
          label: (
            <span data-testid={`contact-outcome-${outcome}`}>
              {t(`contact.outcome.${outcome}`)}
            </span>
          ),
        }))}
      />
    </Form.Item>
  );
}

export function NotesField({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="notes" label={label ?? t('servicing.contact.fields.notes')}>
      <Input.TextArea
        rows={3}
        maxLength={CONTACT_LIMITS.notes}
        showCount
        data-testid="contact-notes"
      />
    </Form.Item>
  );
}

/**
 * The next step, and a day to plan it for (today or later, on the bank's calendar); an edit
 * changes the contact only, so it plans nothing.
 */
export function NextStepFields({ withoutPlan = false }: { withoutPlan?: boolean }) {
  const { t } = useTranslation();
  const today = useBankToday();
  const latest = dayjs(addDays(today.iso, CONTACT_LIMITS.planAheadDays));
  return (
    <>
      <Form.Item name="nextStep" label={t('servicing.contact.fields.nextStep')}>
        <Input.TextArea
          rows={2}
          maxLength={CONTACT_LIMITS.nextStep}
          showCount
          data-testid="contact-next-step"
        />
      </Form.Item>
      {!withoutPlan && (
        <Form.Item
          name="plannedOn"
          label={t('servicing.contact.fields.plannedOn')}
          extra={t('servicing.contact.plannedOnHelp')}
        >
          <DatePicker
            disabledDate={(date) => date.isBefore(today.day, 'day') || date.isAfter(latest, 'day')}
            style={{ width: 200 }}
            data-testid="contact-planned-on"
          />
        </Form.Item>
      )}
    </>
  );
}
