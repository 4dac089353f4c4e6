import { IMPORT_REASON_CODES, LABELS, importReasonText } from '@corebook/domain';
import i18next from 'i18next';
import en from '../../../i18n/en.json';
import { withLabels } from '../../../i18n/withLabels';
import zhCN from '../../../i18n/zh-CN.json';
import { importLineReason } from './importReasons';

const PARAMS = {
  column: 'employeeNo',
  max: 100,
  employeeNo: 'E001',
  code: 'T-1',
  value: 'lots',
  date: '2026-05-02',
  startsOn: '2026-01-01',
  endsOn: '2026-03-31',
  hireDate: '2026-06-01',
  leftOn: '2026-04-30',
  line: 2,
};

describe('import line reasons', () => {
  const i18n = i18next.createInstance();
  beforeAll(async () => {
    await i18n.init({
      resources: {
        en: { translation: withLabels(en, LABELS.en) },
        'zh-CN': { translation: withLabels(zhCN, LABELS['zh-CN']) },
      },
      lng: 'en',
      interpolation: { escapeValue: false },
    });
  });

  it.each(IMPORT_REASON_CODES)('%s reads in English as the API words it', (code) => {
    const why = { code, params: PARAMS };
    const line = { reason: importReasonText(why), reasonCode: code, reasonParams: PARAMS };
    expect(importLineReason(i18n.getFixedT('en'), line)).toBe(importReasonText(why));
  });

  it.each(IMPORT_REASON_CODES)('%s reads in Chinese', (code) => {
    const line = { reason: 'English', reasonCode: code, reasonParams: PARAMS };
    expect(importLineReason(i18n.getFixedT('zh-CN'), line)).toMatch(/\p{Script=Han}/u);
  });

  it('a line stored before reasons had codes keeps its text', () => {
    expect(importLineReason(i18n.getFixedT('zh-CN'), { reason: 'old words' })).toBe('old words');
  });
});
