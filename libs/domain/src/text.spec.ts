import { controlCharacterIn, spreadsheetText, withoutControlCharacters } from './text';

describe('text from outside', () => {
  it('finds control characters, letting free text keep tabs and line breaks', () => {
    for (const control of ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u2028'])
      expect(controlCharacterIn(`a${control}b`, true)).toBe(true);
    expect(controlCharacterIn('line\n\tnext\r\n', true)).toBe(false);
    expect(controlCharacterIn('line\nnext', false)).toBe(true);
    expect(controlCharacterIn('客户经理 Ünïcode ✓', false)).toBe(false);
    expect(withoutControlCharacters('E0\u000001\tx')).toBe('E0\ufffd01\ufffdx');
  });

  it('keeps a spreadsheet from reading an exported cell as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(spreadsheetText(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(spreadsheetText('cert A')).toBe('cert A');
    expect(spreadsheetText('')).toBe('');
  });
});
