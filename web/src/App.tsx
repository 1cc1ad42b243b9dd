import { useEffect, useMemo, useState } from "react";
import { applyLanguage, I18nContext, initialLanguage, messagesOf, translator, type Language } from "./i18n";
import { en, type Messages } from "./i18n/en";
import { LanguagePicker } from "./LanguagePicker";
import { Api, type CallerView, type Problem } from "./api";
import type { Config } from "./config";
import { ProgressPage } from "./ProgressPage";
import { RespondentCyclePage } from "./RespondentCyclePage";
import { RespondentHome } from "./RespondentHome";
import { useRoute } from "./route";
import { SecretariatHome } from "./SecretariatHome";
import { forgetToken, takeToken } from "./session";
import { SignInNeeded } from "./SignInNeeded";

/** Who is signed in decides what is shown: a respondent's cycles and form, or the secretariat's pages. */
export function App({ config }: { config: Config }) {
  const token = useMemo(takeToken, []);
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [messages, setMessages] = useState<Messages>(en);
  useEffect(() => {
    applyLanguage(language);
    void messagesOf(language).then(setMessages);
  }, [language]);
  const i18n = useMemo(() => ({ language, t: translator(messages), setLanguage }), [language, messages]);
  const t = i18n.t;
  const api = useMemo(() => new Api(config.apiBaseUrl, token, language), [config.apiBaseUrl, token, language]);
  const [caller, setCaller] = useState<CallerView | null>(null);
  const [refused, setRefused] = useState<Problem | null>(token ? null : { status: 401, code: "no-token" });
  const route = useRoute();

  useEffect(() => {
    if (!token) {
      return;
    }
    void api.caller().then((reply) => {
      if (reply.ok) {
        setCaller(reply.data);
      } else {
        forgetToken();
        setRefused(reply.problem);
      }
    });
  }, [api, token]);

  const signOut = () => {
    forgetToken();
    location.assign(`${location.pathname}#/`);
    location.reload();
  };

  return (
    <I18nContext.Provider value={i18n}>
      <header className="banner">
        <a href="#/" className="brand">
          {t("brand")}
        </a>
        <LanguagePicker />
        {caller && (
          <span className="who">
            {caller.role === "secretariat" ? t("secretariat") : caller.name}
            <button type="button" className="link" onClick={signOut}>
              {t("signOut")}
            </button>
          </span>
        )}
      </header>
      <main id="main">
        {refused ? (
          <SignInNeeded problem={refused} />
        ) : !caller ? (
          <p aria-busy="true">{t("signingIn")}</p>
        ) : caller.role === "secretariat" ? (
          route.page === "progress" ? (
            <ProgressPage api={api} cycleId={route.cycleId} />
          ) : (
            <SecretariatHome api={api} />
          )
        ) : route.page === "answer" ? (
          <RespondentCyclePage api={api} cycleId={route.cycleId} respondentId={caller.respondentId ?? ""} />
        ) : (
          <RespondentHome api={api} />
        )}
      </main>
    </I18nContext.Provider>
  );
}
