import { useContext, useId } from "react";
import { I18nContext, languages, type Language } from "./i18n";

/** Switches the page's language; each language named in itself, so anyone finds their own. */
export function LanguagePicker() {
  const { language, setLanguage, t } = useContext(I18nContext);
  const id = useId();
  return (
    <span className="language-picker">
      <label htmlFor={id}>{t("language")}</label>
      <select id={id} value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {new Intl.DisplayNames([code], { type: "language" }).of(code)}
          </option>
        ))}
      </select>
    </span>
  );
}
