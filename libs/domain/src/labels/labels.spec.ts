import { MANUAL_MOVE_REASONS } from '../assignment/manual-move';
import { LABELS, auditDetailText, fillIn, isLanguage, labelFor } from '.';

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

  it("words a manual move's reason in each language, the head's note as written", () => {
    const entry = {
      detail: "Client's request: 已电话确认",
      detailCode: 'MOVED_CLIENT_REQUEST',
      detailParams: { note: '已电话确认' },
    };
    expect(auditDetailText('en', entry)).toBe("Client's request: 已电话确认");
    expect(auditDetailText('zh-CN', entry)).toBe('客户要求：已电话确认');
    for (const language of ['en', 'zh-CN'] as const)
      for (const reason of MANUAL_MOVE_REASONS)
        expect(LABELS[language].assignment.moveReason[reason].trim()).not.toBe('');
  });
});
