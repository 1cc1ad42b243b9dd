import { createContext, useContext } from "react";
import { en, type Messages } from "./en";

/** The six official languages of the United Nations, in which the app speaks. */
export const languages = ["ar", "en", "es", "fr", "ru", "zh"] as const;
export type Language = (typeof languages)[number];
export type MessageKey = keyof Messages;

const chosenKey = "ec.language";

/** The language remembered from an earlier choice, else the browser's first official one, else English. */
export function initialLanguage(): Language {
  const remembered = localStorage.getItem(chosenKey);
  const wanted = [remembered, ...navigator.languages].map((tag) => tag?.split("-")[0].toLowerCase());
  return (wanted.find((tag): tag is Language => languages.includes(tag as Language)) ?? "en") as Language;
}

/** Remembers a choice made in the page, and says the language and direction to the whole document. */
export function applyLanguage(language: Language): void {
  localStorage.setItem(chosenKey, language);
  document.documentElement.lang = language;
  document.documentElement.dir = language === "ar" ? "rtl" : "ltr";
}

/** The messages of one language, loaded with the bundle (a few kilobytes each). */
export async function messagesOf(language: Language): Promise<Messages> {
  switch (language) {
    case "ar":
      return (await import("./ar")).ar;
    case "es":
      return (await import("./es")).es;
    case "fr":
      return (await import("./fr")).fr;
    case "ru":
      return (await import("./ru")).ru;
    case "zh":
      return (await import("./zh")).zh;
    default:
      return en;
  }
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(messages: Messages): Translate {
  return (key, values = {}) => messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export const I18nContext = createContext<{ language: Language; t: Translate; setLanguage: (language: Language) => void }>({
  language: "en",
  t: translator(en),
  setLanguage: () => {},
});

/** The current language's texts. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}
