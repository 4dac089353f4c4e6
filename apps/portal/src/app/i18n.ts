// i18next setup: English and Simplified Chinese ship in the bundle, so initialisation is
// synchronous and the first render already has the right language. The words for API codes
// come from libs/domain/src/labels, which the API's exports use too.
import { LABELS, LANGUAGES, isLanguage, type Language } from '@corebook/domain';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../i18n/en.json';
import zhCN from '../i18n/zh-CN.json';
import { withLabels } from '../i18n/withLabels';

export { LANGUAGES, isLanguage, type Language };

const STORAGE_KEY = 'corebook.language';

/** The user's explicit choice, if they made one on this browser. */
export function storedLanguage(): Language | undefined {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

function browserLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

void i18n.use(initReactI18next).init({
  resources: {
    en: { translation: withLabels(en, LABELS.en) },
    'zh-CN': { translation: withLabels(zhCN, LABELS['zh-CN']) },
  },
  lng: storedLanguage() ?? browserLanguage(),
  fallbackLng: 'en',
  supportedLngs: LANGUAGES,
  initAsync: false,
  showSupportNotice: false,
  contextSeparator: '|', // keys carry API codes with underscores (BAD_USER_INPUT)
  interpolation: { escapeValue: false }, // React escapes already
});

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

export { i18n };
