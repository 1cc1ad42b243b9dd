import type { WidgetProps } from "@rjsf/utils";
import { I18nContext } from "./i18n";
import { useContext } from "react";

// The six official languages of the United Nations first, then other common languages of answers.
export const answerLanguages = ["ar", "zh", "en", "fr", "ru", "es", "de", "it", "ja", "ko", "pt", "tr"];

/** The language of the answers, chosen by name; the answer keeps its ISO 639-1 code. */
export function LanguageWidget({ id, value, required, disabled, readonly, onChange, onBlur, onFocus }: WidgetProps) {
  const { language, t } = useContext(I18nContext);
  const names = new Intl.DisplayNames([language, "en"], { type: "language" });
  const known = answerLanguages.includes(String(value ?? "")) || !value ? answerLanguages : [...answerLanguages, String(value)];
  return (
    <select
      id={id}
      value={String(value ?? "")}
      required={required}
      disabled={disabled || readonly}
      onChange={(event) => onChange(event.target.value || undefined)}
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
    >
      <option value="">{t("chooseLanguage")}</option>
      {known.map((code) => (
        <option key={code} value={code}>
          {names.of(code) ?? code}
        </option>
      ))}
    </select>
  );
}
