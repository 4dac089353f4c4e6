import { en } from './en';
import { zhCN } from './zh-cn';

/** The languages of the portal and of the exports. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export type Labels = typeof en;

/** The words for codes and export columns, by language (see en.ts). */
export const LABELS: Readonly<Record<Language, Labels>> = { en, 'zh-CN': zhCN };

/** What the audit log records as the operation: a GraphQL field or another named action. */
export type AuditOperation = keyof Labels['audit']['operation'];
/** What the audit log records as the kind of object changed or refused. */
export type AuditEntityType = keyof Labels['audit']['entityType'];

/** A detail the API writes itself, worded in each language from its code and values. */
export type AuditDetailCode = keyof Labels['audit']['detail'];

/** The word for `code`, or the code itself when there is none (a name an older release wrote). */
export function labelFor(words: Readonly<Record<string, string>>, code: string): string {
  return Object.prototype.hasOwnProperty.call(words, code) ? words[code] : code;
}

/** `{{name}}` placeholders filled in, as i18next does on the portal. */
export function fillIn(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * An audit entry's detail in `language`: a coded detail worded from its values, a person's
 * own words (or an entry written before details had codes) as written.
 */
export function auditDetailText(
  language: Language,
  entry: {
    detail: string | null;
    detailCode?: string | null;
    detailParams?: unknown;
  },
): string | null {
  const words: Readonly<Record<string, string>> = LABELS[language].audit.detail;
  if (!entry.detailCode || !Object.hasOwn(words, entry.detailCode)) return entry.detail;
  const params = typeof entry.detailParams === 'object' ? (entry.detailParams ?? {}) : {};
  const values = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, String(value)]),
  );
  return fillIn(words[entry.detailCode], values);
}
