import { useCallback, useEffect, useId, useMemo, useState } from "react";
import type { Api, CycleStatus, RespondentProgress } from "./api";
import { useT } from "./i18n";
import { useDates } from "./useDates";
import { InvitationButton } from "./InvitationButton";
import { cycleStateName, kindName, regionName, responseStateName } from "./names";
import { describe } from "./problems";
import { SynthesisOutputs } from "./SynthesisOutputs";
import { ContributionsSection } from "./ContributionsSection";

const states = ["not-started", "draft", "submitted", "withdrawn"] as const;

/** One cycle for the secretariat: who has answered, invitations, closing, and the synthesis. */
export function ProgressPage({ api, cycleId }: { api: Api; cycleId: string }) {
  const t = useT();
  const dates = useDates();
  const [cycle, setCycle] = useState<CycleStatus | null>(null);
  const [rows, setRows] = useState<RespondentProgress[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [filter, setFilter] = useState({ kind: "", region: "", state: "" });

  const refresh = useCallback(async () => {
    const [status, progress] = await Promise.all([api.cycle(cycleId), api.progress(cycleId)]);
    if (!status.ok) {
      setProblem(describe(status.problem, t));
      return;
    }
    if (!progress.ok) {
      setProblem(describe(progress.problem, t));
      return;
    }
    // The secretariat is always given the full view.
    setCycle(status.data as CycleStatus);
    setRows(progress.data.respondents);
  }, [api, cycleId, t]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const shown = useMemo(
    () =>
      (rows ?? []).filter(
        (row) =>
          (!filter.kind || row.kind === filter.kind) &&
          (!filter.region || row.region === filter.region) &&
          (!filter.state || row.state === filter.state),
      ),
    [rows, filter],
  );

  if (problem) {
    return <p role="alert">{problem}</p>;
  }
  if (!cycle || !rows) {
    return <p aria-busy="true">{t("loading")}</p>;
  }

  const close = async () => {
    if (!confirm(t("closeConfirm", { cycle: cycleId }))) {
      return;
    }
    const reply = await api.closeCycle(cycleId);
    if (!reply.ok) {
      setProblem(describe(reply.problem, t));
      return;
    }
    await refresh();
  };

  const kinds = [...new Set(rows.map((row) => row.kind))].sort();
  const regions = [...new Set(rows.map((row) => row.region ?? ""))].filter(Boolean).sort();
  return (
    <section aria-labelledby="progress-title">
      <h1 id="progress-title">{t("cycleTitle", { cycle: cycleId })}</h1>
      <p>
        {t("state")}: <strong data-testid="cycle-state">{cycleStateName(cycle.state, t)}</strong>.{" "}
        {t("openFromTo", { opens: dates.dateTime(cycle.opensAt), closes: dates.dateTime(cycle.closesAt) })}
      </p>
      <ul className="counts" aria-label={t("responsesByState")}>
        {states.map((state) => (
          <li key={state}>
            {responseStateName(state, t)}: <strong data-testid={`count-${state}`}>{rows.filter((row) => row.state === state).length}</strong>
          </li>
        ))}
      </ul>
      <div className="actions">
        {cycle.state === "open" && (
          <button type="button" onClick={() => void close()}>
            {t("closeCycle")}
          </button>
        )}
        <button type="button" className="secondary" onClick={() => void refresh()}>
          {t("refresh")}
        </button>
      </div>
      <SynthesisOutputs api={api} cycle={cycle} onRequested={refresh} />
      <form className="filters" onSubmit={(event) => event.preventDefault()} aria-label={t("filterRespondents")}>
        <Select label={t("kind")} all={t("all")} value={filter.kind} options={kinds} name={(code) => kindName(code, t)} onChange={(kind) => setFilter({ ...filter, kind })} />
        <Select label={t("region")} all={t("all")} value={filter.region} options={regions} name={(code) => regionName(code, t)} onChange={(region) => setFilter({ ...filter, region })} />
        <Select
          label={t("state")}
          all={t("all")}
          value={filter.state}
          options={[...states]}
          name={(code) => responseStateName(code, t)}
          onChange={(state) => setFilter({ ...filter, state })}
        />
      </form>
      <table className="progress">
        <caption>
          {t("shownOfRegistered", { shown: shown.length, total: rows.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("respondent")}</th>
            <th scope="col">{t("kind")}</th>
            <th scope="col">{t("region")}</th>
            <th scope="col">{t("state")}</th>
            <th scope="col">{t("revision")}</th>
            <th scope="col">{t("lastChange")}</th>
            <th scope="col">{t("invitation")}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.respondentId} data-respondent={row.respondentId}>
              <th scope="row">{row.displayName}</th>
              <td>{kindName(row.kind, t)}</td>
              <td>{row.region ? regionName(row.region, t) : ""}</td>
              <td data-testid="respondent-state">{responseStateName(row.state, t)}</td>
              <td>{row.revision ?? ""}</td>
              <td>{row.lastChangedAt ? dates.dateTime(row.lastChangedAt) : ""}</td>
              <td>
                <InvitationButton api={api} respondentId={row.respondentId} name={row.displayName} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ContributionsSection api={api} cycleId={cycleId} />
    </section>
  );
}

function Select({
  label,
  all,
  value,
  options,
  name = (code) => code,
  onChange,
}: {
  label: string;
  all: string;
  value: string;
  options: string[];
  name?: (code: string) => string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {name(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
