import { useMemo, useState } from 'react';
import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINT_BUSINESSES,
  COMPLAINT_CAUSES,
  COMPLAINT_CHANNELS,
  COMPLAINT_COMPLEXITIES,
  COMPLAINT_LIMITS,
  COMPLAINT_SEVERITIES,
} from '@corebook/domain';
import { useCurrentUser } from '../../../app/auth';
import type {
  ComplaintBusiness,
  ComplaintCause,
  ComplaintChannel,
  ComplaintComplexity,
  ComplaintSeverity,
} from '../../../gql/graphql';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { FormModal } from '../../../shared/components/FormModal';
import { showFieldError } from '../../../shared/fieldErrors';
import { labelsFrom, useInputProblem } from '../../../shared/useInputProblem';
import { bankInstant, bankWallClock } from '../hooks/bankTime';
import { useRecordComplaint } from '../hooks/useComplaints';
import { ClientSearchSelect } from './ClientSearchSelect';

interface Values {
  /** Searched for when no client is given. */
  clientId?: string;
  receivedAt: Dayjs;
  incidentOn: Dayjs;
  channel: ComplaintChannel;
  business: ComplaintBusiness;
  cause: ComplaintCause;
  severity: ComplaintSeverity;
  complexity: ComplaintComplexity;
  description: string;
  clientRequest?: string;
}

interface RecordComplaintModalProps {
  /** On the client page the client is given; from the list it is searched for. */
  client?: { id: string; name: string };
  onClose(): void;
  onSaved(complaint: { id: string }): void;
}

const WALL_CLOCK = 'YYYY-MM-DD HH:mm';

/** Records a complaint; the API finds the responsible RM and starts the clock. */
export function RecordComplaintModal({ client, onClose, onSaved }: RecordComplaintModalProps) {
  const { t } = useTranslation();
  const { timeZone } = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const [record, { loading }] = useRecordComplaint();
  const [error, setError] = useState<unknown>(null);
  const fieldLabel = useMemo(() => labelsFrom(t, (field) => `complaints.fields.${field}`), [t]);
  const problem = useInputProblem(fieldLabel);
  // Times are the bank's: what the branch's clock said when the client complained.
  const now = dayjs(bankWallClock(timeZone));
  const receivedAt = Form.useWatch('receivedAt', form);
  const required = [{ required: true, message: t('complaints.validation.required') }];
  const choice = <T extends string>(values: readonly T[], words: (value: T) => string) =>
    values.map((value) => ({ value, label: words(value) }));

  const save = async (values: Values) => {
    setError(null);
    try {
      const { data } = await record({
        variables: {
          input: {
            clientId: client?.id ?? values.clientId ?? '',
            receivedAt: bankInstant(timeZone, values.receivedAt.format(WALL_CLOCK)),
            incidentOn: values.incidentOn.format('YYYY-MM-DD'),
            channel: values.channel,
            business: values.business,
            cause: values.cause,
            severity: values.severity,
            complexity: values.complexity,
            description: values.description.trim(),
            clientRequest: values.clientRequest?.trim() || null,
          },
        },
      });
      if (data) onSaved(data.recordComplaint);
    } catch (failure) {
      showFieldError(form, failure, problem(failure));
      setError(failure);
    }
  };

  return (
    <FormModal
      title={
        client
          ? t('complaints.record.titleFor', { client: client.name })
          : t('complaints.record.title')
      }
      okTestId="complaint-record-save"
      width={760}
      loading={loading}
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <FormErrorAlert error={error} fieldLabel={fieldLabel} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          receivedAt: now,
          channel: 'BRANCH',
          complexity: 'SIMPLE',
        }}
        onFinish={(values) => void save(values)}
        data-testid="complaint-record-form"
      >
        <Row gutter={16}>
          {!client && (
            <Col span={24}>
              <Form.Item name="clientId" label={t('complaints.fields.client')} rules={required}>
                <ClientSearchSelect />
              </Form.Item>
            </Col>
          )}
          <Col span={12}>
            <Form.Item
              name="receivedAt"
              label={t('complaints.fields.receivedAt')}
              extra={t('complaints.record.bankTime', { zone: timeZone })}
              rules={[
                ...required,
                {
                  validator: (_, value?: Dayjs) =>
                    !value || value.format(WALL_CLOCK) <= bankWallClock(timeZone)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('errors.rules.DATE_IN_FUTURE'))),
                },
              ]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format={WALL_CLOCK}
                disabledDate={(day) => day.isAfter(now, 'day')}
                style={{ width: '100%' }}
                data-testid="complaint-received-at"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="incidentOn"
              label={t('complaints.fields.incidentOn')}
              extra={t('complaints.record.incidentHelp')}
              dependencies={['receivedAt']}
              rules={[
                ...required,
                ({ getFieldValue }) => ({
                  validator: (_, value?: Dayjs) => {
                    const received = getFieldValue('receivedAt') as Dayjs | undefined;
                    return !value || !received || !value.isAfter(received, 'day')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('errors.rules.INCIDENT_AFTER_RECEIPT')));
                  },
                }),
              ]}
            >
              <DatePicker
                disabledDate={(day) => day.isAfter(receivedAt ?? now, 'day')}
                style={{ width: '100%' }}
                data-testid="complaint-incident-on"
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="channel" label={t('complaints.fields.channel')} rules={required}>
              <Select
                data-testid="complaint-channel"
                options={choice(COMPLAINT_CHANNELS, (v) => t(`complaint.channel.${v}`))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="business" label={t('complaints.fields.business')} rules={required}>
              <Select
                data-testid="complaint-business"
                options={choice(COMPLAINT_BUSINESSES, (v) => t(`complaint.business.${v}`))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="cause" label={t('complaints.fields.cause')} rules={required}>
              <Select
                data-testid="complaint-cause"
                options={choice(COMPLAINT_CAUSES, (v) => t(`complaint.cause.${v}`))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="severity" label={t('complaints.fields.severity')} rules={required}>
              <Select
                data-testid="complaint-severity"
                options={choice(COMPLAINT_SEVERITIES, (v) => t(`complaint.severity.${v}`))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="complexity" label={t('complaints.fields.complexity')} rules={required}>
              <Select
                data-testid="complaint-complexity"
                options={choice(COMPLAINT_COMPLEXITIES, (v) => t(`complaint.complexity.${v}`))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="description"
          label={t('complaints.fields.description')}
          rules={[{ ...required[0], whitespace: true }]}
        >
          <Input.TextArea
            rows={4}
            maxLength={COMPLAINT_LIMITS.description}
            showCount
            data-testid="complaint-description"
          />
        </Form.Item>
        <Form.Item name="clientRequest" label={t('complaints.fields.clientRequest')}>
          <Input.TextArea
            rows={2}
            maxLength={COMPLAINT_LIMITS.clientRequest}
            showCount
            data-testid="complaint-client-request"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
