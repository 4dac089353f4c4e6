// Translation keys are typed from en.json and the shared labels, so a misspelt key fails
// typecheck.
import 'i18next';
import type { Labels } from '@corebook/domain';
import type en from '../i18n/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en & Labels };
    // Keys carry API codes such as BAD_USER_INPUT: '_' must not read as a context suffix.
    contextSeparator: '|';
  }
}
