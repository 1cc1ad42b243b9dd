import { useContext, useMemo } from "react";
import { I18nContext } from "./i18n";

/**
 * Dates and times as the page's language writes them, each time with its time zone: a deadline of
 * "31 Dec, 00:00" means nothing without one.
 */
export function useDates() {
  const { language } = useContext(I18nContext);
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(language, {
      year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short",
    });
    const date = new Intl.DateTimeFormat(language, { year: "numeric", month: "short", day: "numeric" });
    const time = new Intl.DateTimeFormat(language, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
    // A calendar date (YYYY-MM-DD) names a day, not an instant: it is the same day in every time zone.
    const day = new Intl.DateTimeFormat(language, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
    return {
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      date: (iso: string) => date.format(new Date(iso)),
      time: (iso: string) => time.format(new Date(iso)),
      day: (isoDate: string) => day.format(new Date(`${isoDate}T00:00:00Z`)),
    };
  }, [language]);
}
