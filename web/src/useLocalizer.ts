import { useContext, useMemo } from "react";
import { englishStringTranslator, TranslatableString } from "@rjsf/utils";
import { customizeValidator } from "@rjsf/validator-ajv8";
import localizeAr from "ajv-i18n/localize/ar";
import localizeEs from "ajv-i18n/localize/es";
import localizeFr from "ajv-i18n/localize/fr";
import localizeRu from "ajv-i18n/localize/ru";
import localizeZh from "ajv-i18n/localize/zh";
import { I18nContext, type Language, type MessageKey } from "./i18n";

type Localizer = NonNullable<Parameters<typeof customizeValidator>[1]>;

// ajv's messages in each language but English, which ajv writes itself.
const localizers: Partial<Record<Language, Localizer>> = {
  ar: localizeAr as Localizer,
  es: localizeEs as Localizer,
  fr: localizeFr as Localizer,
  ru: localizeRu as Localizer,
  zh: localizeZh as Localizer,
};

// The form library's own words this app shows.
const words: Partial<Record<TranslatableString, MessageKey>> = {
  [TranslatableString.ErrorsLabel]: "errors",
  [TranslatableString.YesLabel]: "yes",
  [TranslatableString.NoLabel]: "no",
  [TranslatableString.ArrayItemTitle]: "item",
  [TranslatableString.EmptyArray]: "noItems",
  [TranslatableString.AddItemButton]: "add",
  [TranslatableString.AddButton]: "add",
  [TranslatableString.RemoveButton]: "remove",
  [TranslatableString.MoveUpButton]: "moveUp",
  [TranslatableString.MoveDownButton]: "moveDown",
  [TranslatableString.CopyButton]: "copy",
};

/** The form's validator and words in the page's language, so a respondent reads errors in their own. */
export function useLocalizer() {
  const { language, t } = useContext(I18nContext);
  return useMemo(
    () => ({
      validator: customizeValidator({}, localizers[language]),
      translateString: (text: TranslatableString, values?: string[]) =>
        words[text] ? t(words[text]) : englishStringTranslator(text, values),
    }),
    [language, t],
  );
}
