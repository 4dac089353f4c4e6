import { Segmented } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SetMyLocaleMutation } from '../features/auth/graphql/auth.graphql';
import { LANGUAGES, currentLanguage, storeLanguage, type Language } from './i18n';

/** English / 中文 toggle; the choice is kept in this browser and, when signed in, on the account. */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const [saveLocale] = useMutation(SetMyLocaleMutation);

  const change = (language: Language) => {
    storeLanguage(language);
    void i18n.changeLanguage(language);
    // Saving on the account is a convenience; a failure must not undo the switch.
    if (signedIn) saveLocale({ variables: { locale: language } }).catch(() => undefined);
  };

  return (
    <Segmented<Language>
      data-testid="lang-switch"
      aria-label={t('language.label')}
      size="small"
      value={currentLanguage()}
      onChange={change}
      options={LANGUAGES.map((language) => ({
        value: language,
        label: <span data-testid={`lang-${language}`}>{t(`language.${language}`)}</span>,
      }))}
    />
  );
}
