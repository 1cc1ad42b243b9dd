import type { Api, RespondentCycle } from "./api";
import { useT, type Translate } from "./i18n";
import { linkTo } from "./route";
import { useDates } from "./useDates";
import { useReply } from "./useReply";

/** A respondent's reporting cycles: deadline, the state of its response, and where to answer. */
export function RespondentHome({ api }: { api: Api }) {
  const t = useT();
  const dates = useDates();
  const { data, problem } = useReply(api.cycles, [api]);
  const cycles = data && (data.respondentCycles ?? []);

  if (problem) {
    return <p role="alert">{problem}</p>;
  }
  if (!cycles) {
    return <p aria-busy="true">{t("loadingYourCycles")}</p>;
  }
  return (
    <section aria-labelledby="cycles-title">
      <h1 id="cycles-title">{t("yourCycles")}</h1>
      {cycles.length === 0 ? (
        <p>{t("noCycleOpen")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("cycle")}</th>
              <th scope="col">{t("deadline")}</th>
              <th scope="col">{t("yourResponse")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("action")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {cycles.map((cycle) => (
              <tr key={cycle.cycleId}>
                <td>{cycle.cycleId}</td>
                <td>
                  <time dateTime={cycle.closesAt}>{dates.dateTime(cycle.closesAt)}</time>
                </td>
                <td>{responseText(cycle, t, dates.dateTime)}</td>
                <td>
                  <a href={linkTo({ page: "answer", cycleId: cycle.cycleId })}>
                    {t(cycle.acceptingAnswers ? (cycle.responseState ? "continue" : "answer") : "view")}
                    <span className="visually-hidden">{t("questionnaireOfCycle", { cycle: cycle.cycleId })}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function responseText(cycle: RespondentCycle, t: Translate, dateTime: (iso: string) => string): string {
  const when = cycle.lastStoredAt ? dateTime(cycle.lastStoredAt) : "";
  switch (cycle.responseState) {
    case "draft":
      return t("draftSavedWhen", { when });
    case "submitted":
      return t(cycle.acceptingAnswers ? "submittedMayBeAmended" : "submittedWhen", { when });
    case "withdrawn":
      return t("withdrawnWhen", { when });
    default:
      return t(cycle.acceptingAnswers ? "notStarted" : "noResponse");
  }
}
