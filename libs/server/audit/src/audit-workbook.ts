import { LABELS, auditDetailText, fillIn, type Language } from '@corebook/domain';
import {
  BANK_TIME_ZONE,
  queryChoice,
  queryInstant,
  queryText,
  workbookOf,
  type SheetColumn,
} from '@corebook/server/common';
import type { AuditEntryEntity } from './audit.entity';
import type { AuditFilter } from './audit.service';
import { AuditOutcomeValue } from './audit.types';

/** The export's filter from its query parameters: the same fields as GraphQL's AuditFilterInput. */
export function auditFilterFrom(query: Record<string, unknown>): AuditFilter {
  return {
    operation: queryText('operation', query.operation),
    entityType: queryText('entityType', query.entityType),
    entityId: queryText('entityId', query.entityId),
    actorUsername: queryText('actorUsername', query.actorUsername),
    outcome: queryChoice('outcome', query.outcome, Object.values(AuditOutcomeValue)),
    from: queryInstant('from', query.from),
    to: queryInstant('to', query.to),
  };
}

const json = (value: Record<string, unknown> | null) =>
  value === null ? null : JSON.stringify(value);

/** Audit entries as an XLSX file: headers and names in `language`, times in the bank's zone. */
export function auditWorkbook(
  entries: readonly AuditEntryEntity[],
  language: Language,
): Promise<Buffer> {
  const words = LABELS[language].audit;
  const field = words.fields;
  const columns: SheetColumn<AuditEntryEntity>[] = [
    {
      kind: 'datetime',
      header: fillIn(words.timeIn, { zone: BANK_TIME_ZONE }),
      value: (entry) => entry.at,
    },
    { kind: 'text', header: field.actor, value: (entry) => entry.actorUsername },
    {
      kind: 'code',
      header: field.operation,
      value: (entry) => entry.operation,
      labels: words.operation,
      width: 28,
    },
    {
      kind: 'code',
      header: field.entityType,
      value: (entry) => entry.entityType,
      labels: words.entityType,
    },
    { kind: 'text', header: field.entityId, value: (entry) => entry.entityId },
    { kind: 'code', header: field.outcome, value: (entry) => entry.outcome, labels: words.outcome },
    {
      kind: 'text',
      header: field.detail,
      value: (entry) => auditDetailText(language, entry),
      width: 40,
    },
    { kind: 'text', header: field.requestId, value: (entry) => entry.requestId, width: 38 },
    { kind: 'text', header: field.before, value: (entry) => json(entry.before), width: 40 },
    { kind: 'text', header: field.after, value: (entry) => json(entry.after), width: 40 },
  ];
  return workbookOf({ name: words.title, columns, rows: entries, timeZone: BANK_TIME_ZONE });
}
