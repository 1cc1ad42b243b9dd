import { useEffect, useMemo, useState } from "react";
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
  const api = useMemo(() => new Api(config.apiBaseUrl, token), [config.apiBaseUrl, token]);
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
    <>
      <header className="banner">
        <a href="#/" className="brand">
          Enhanced cooperation questionnaire
        </a>
        {caller && (
          <span className="who">
            {caller.name}
            <button type="button" className="link" onClick={signOut}>
              Sign out
            </button>
          </span>
        )}
      </header>
      <main id="main">
        {refused ? (
          <SignInNeeded problem={refused} />
        ) : !caller ? (
          <p aria-busy="true">Signing in…</p>
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
    </>
  );
}
