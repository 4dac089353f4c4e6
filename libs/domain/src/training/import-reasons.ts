import { LABELS, fillIn, type Language } from '../labels';

/**
 * Why an imported training line is refused: a code and its parameters, so each screen and
 * report can say it in the reader's language. The words live with the other labels
 * (libs/domain/src/labels); the English wording is also the API's message (a line's `reason`).
 */
type Params = Record<string, string | number>;

export type ImportReasonCode = keyof (typeof LABELS)['en']['training']['import']['lineReasons'];
export const IMPORT_REASON_CODES = Object.keys(
  LABELS.en.training.import.lineReasons,
) as ImportReasonCode[];

export interface ImportLineReason {
  code: ImportReasonCode;
  params: Params;
}

export function importReason(code: ImportReasonCode, params: Params = {}): ImportLineReason {
  return { code, params };
}

/** The reason in `language` (English, the API's message, unless told otherwise). */
export function importReasonText(reason: ImportLineReason, language: Language = 'en'): string {
  const values = Object.fromEntries(
    Object.entries(reason.params).map(([name, value]) => [name, String(value)]),
  );
  return fillIn(LABELS[language].training.import.lineReasons[reason.code], values);
}
