// The two REST downloads of the training area. The session cookie authenticates them, so
// plain links work; the filter is the one on screen, the language the page's.
import type { Language } from '@corebook/domain';
import type { TrainingRecordFilter } from '../../../gql/graphql';

export function rejectionReportUrl(importId: string, language: Language): string {
  return `/training/imports/${encodeURIComponent(importId)}/rejections.csv?lang=${language}`;
}

export function recordsExportUrl(filter: TrainingRecordFilter, language: Language): string {
  const query = new URLSearchParams();
  const add = (name: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') query.set(name, String(value));
  };
  add('branchId', filter.branchId);
  add('managerId', filter.managerId);
  add('type', filter.type);
  add('year', filter.year);
  add('status', filter.status);
  add('lang', language);
  return `/training/records.xlsx?${query.toString()}`;
}
