import type { Api } from "./api";
import { useT } from "./i18n";
import { cycleStateName } from "./names";
import { linkTo } from "./route";
import { useDates } from "./useDates";
import { useReply } from "./useReply";

/** The secretariat's reporting cycles with their state. */
export function SecretariatHome({ api }: { api: Api }) {
  const t = useT();
  const dates = useDates();
  const { data, problem } = useReply(api.cycles, [api]);
  const cycles = data && (data.cycles ?? []);

  if (problem) {
    return <p role="alert">{problem}</p>;
  }
  if (!cycles) {
    return <p aria-busy="true">{t("loadingCycles")}</p>;
  }
  return (
    <section aria-labelledby="cycles-title">
      <h1 id="cycles-title">{t("reportingCycles")}</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("cycle")}</th>
            <th scope="col">{t("state")}</th>
            <th scope="col">{t("opens")}</th>
            <th scope="col">{t("closes")}</th>
          </tr>
        </thead>
        <tbody>
          {cycles.map((cycle) => (
            <tr key={cycle.cycleId}>
              <td>
                <a href={linkTo({ page: "progress", cycleId: cycle.cycleId })}>{cycle.cycleId}</a>
              </td>
              <td>{cycleStateName(cycle.state, t)}</td>
              <td>{dates.date(cycle.opensAt)}</td>
              <td>{dates.date(cycle.closesAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
