import { useEffect, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCNAntd from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from './i18n';

const antdLocales = { en: enUS, 'zh-CN': zhCNAntd } as const;
const dayjsLocales: Record<Language, string> = { en: 'en', 'zh-CN': 'zh-cn' };

/** Keeps antd, dayjs and <html lang> in step with the i18next language. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  // dayjs is global state: switch it before children format dates in this render.
  dayjs.locale(dayjsLocales[language]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <ConfigProvider
      locale={antdLocales[language]}
      theme={{ token: { colorPrimary: '#1f4e8c', borderRadius: 4 } }}
    >
      {children}
    </ConfigProvider>
  );
}
