import { LABELS, fillIn, isLanguage, labelFor } from '.';

describe('labels for codes', () => {
  it('names a known code in each language and shows an unknown one as it is', () => {
    expect(labelFor(LABELS.en.training.types, 'ONLINE')).toBe('Online training');
    expect(labelFor(LABELS['zh-CN'].training.types, 'ONLINE')).toBe('网上培训');
    expect(labelFor(LABELS['zh-CN'].audit.operation, 'renamedLongAgo')).toBe('renamedLongAgo');
    expect(labelFor(LABELS.en.audit.operation, 'toString')).toBe('toString');
  });

  it('fills placeholders as i18next does', () => {
    expect(fillIn(LABELS['zh-CN'].audit.timeIn, { zone: 'Asia/Shanghai' })).toBe(
      '时间（Asia/Shanghai）',
    );
  });

  it('knows the two languages and nothing else', () => {
    expect(['en', 'zh-CN'].every(isLanguage)).toBe(true);
    expect(['zh', 'EN', 'fr', undefined].some(isLanguage)).toBe(false);
  });
});
