import { DatePicker, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useBankToday } from '../../../shared/useBankToday';
import { samePoints, type ActivityBounds, type CompletionValues } from '../hooks/completion';
import { HOURS_PATTERN, POINTS_PATTERN } from '../hooks/trainingOptions';

/**
 * The fields of one completion, shared by "add record" and "correct record". Dates outside
 * the activity or in the future are not offered; other points than the catalogue's need
 * a reason.
 */
export function CompletionFields({ activity }: { activity?: ActivityBounds }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<CompletionValues>();
  const points = Form.useWatch('pointsAwarded', form);
  const overridden =
    Boolean(activity && points?.trim()) && !samePoints(points ?? '', activity?.points ?? '');

  const today = useBankToday().day;
  const outsideActivity = (date: Dayjs) =>
    date.isAfter(today, 'day') ||
    Boolean(
      activity &&
      (date.isBefore(dayjs(activity.startsOn), 'day') ||
        date.isAfter(dayjs(activity.endsOn), 'day')),
    );

  return (
    <>
      <Space wrap size="middle" align="start" style={{ width: '100%' }}>
        <Form.Item
          name="completedOn"
          label={t('training.fields.completedOn')}
          rules={[{ required: true, message: t('training.validation.required') }]}
        >
          <DatePicker disabledDate={outsideActivity} data-testid="record-date" />
        </Form.Item>
        <Form.Item
          name="hours"
          label={t('training.fields.hours')}
          rules={[
            { required: true, whitespace: true, message: t('training.validation.required') },
            { pattern: HOURS_PATTERN, message: t('training.validation.hours') },
          ]}
        >
          <Input inputMode="decimal" style={{ width: 100 }} data-testid="record-hours" />
        </Form.Item>
        <Form.Item
          name="score"
          label={t('training.fields.score')}
          rules={[
            {
              validator: (_, value: string | undefined) =>
                !value?.trim() || (/^\d{1,3}(\.\d)?$/.test(value.trim()) && Number(value) <= 100)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('training.validation.score'))),
            },
          ]}
        >
          <Input inputMode="decimal" style={{ width: 100 }} data-testid="record-score" />
        </Form.Item>
        <Form.Item name="passed" label={t('training.fields.passed')}>
          <Select
            allowClear
            style={{ width: 120 }}
            placeholder={t('common.none')}
            data-testid="record-passed"
            options={[
              { value: 'yes', label: t('training.yes') },
              { value: 'no', label: t('training.no') },
            ]}
          />
        </Form.Item>
      </Space>
      <Space wrap size="middle" align="start" style={{ width: '100%' }}>
        <Form.Item
          name="pointsAwarded"
          label={t('training.fields.pointsAwarded')}
          extra={
            activity
              ? t('training.records.cataloguePoints', { points: activity.points })
              : undefined
          }
          rules={[{ pattern: POINTS_PATTERN, message: t('training.validation.points') }]}
        >
          <Input
            inputMode="decimal"
            style={{ width: 140 }}
            placeholder={activity?.points}
            data-testid="record-points-input"
          />
        </Form.Item>
        {overridden && (
          <Form.Item
            name="pointsOverrideReason"
            label={t('training.fields.pointsOverrideReason')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('training.validation.overrideReason'),
              },
            ]}
          >
            <Input style={{ width: 320 }} data-testid="record-override-reason" />
          </Form.Item>
        )}
      </Space>
      <Form.Item name="evidence" label={t('training.fields.evidence')}>
        <Input.TextArea rows={2} maxLength={500} data-testid="record-evidence" />
      </Form.Item>
    </>
  );
}
