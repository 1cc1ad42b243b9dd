import { useCallback, useEffect, useId, useMemo, useState } from "react";
import type { Api, CycleStatus, RespondentProgress } from "./api";
import { InvitationButton } from "./InvitationButton";
import { describe } from "./problems";
import { SynthesisOutputs } from "./SynthesisOutputs";

const states = ["not-started", "draft", "submitted", "withdrawn"] as const;
const stateNames: Record<string, string> = { "not-started": "Not started", draft: "Draft", submitted: "Submitted", withdrawn: "Withdrawn" };
const kindNames: Record<string, string> = { "member-state": "Member State", organisation: "Organisation", "other-stakeholder": "Other stakeholder" };

/** One cycle for the secretariat: who has answered, invitations, closing, and the synthesis. */
export function ProgressPage({ api, cycleId }: { api: Api; cycleId: string }) {
  const [cycle, setCycle] = useState<CycleStatus | null>(null);
  const [rows, setRows] = useState<RespondentProgress[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [filter, setFilter] = useState({ kind: "", region: "", state: "" });

  const refresh = useCallback(async () => {
    const [status, progress] = await Promise.all([api.cycle(cycleId), api.progress(cycleId)]);
    if (!status.ok) {
      setProblem(describe(status.problem));
      return;
    }
    if (!progress.ok) {
      setProblem(describe(progress.problem));
      return;
    }
    // The secretariat is always given the full view.
    setCycle(status.data as CycleStatus);
    setRows(progress.data.respondents);
  }, [api, cycleId]);

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
    return <p aria-busy="true">Loading cycle {cycleId}…</p>;
  }

  const close = async () => {
    if (!confirm(`Close cycle ${cycleId}? No answer is accepted after this, and the synthesis starts.`)) {
      return;
    }
    const reply = await api.closeCycle(cycleId);
    if (!reply.ok) {
      setProblem(describe(reply.problem));
      return;
    }
    await refresh();
  };

  const kinds = [...new Set(rows.map((row) => row.kind))].sort();
  const regions = [...new Set(rows.map((row) => row.region ?? ""))].filter(Boolean).sort();
  return (
    <section aria-labelledby="progress-title">
      <h1 id="progress-title">Cycle {cycleId}</h1>
      <p>
        State: <strong data-testid="cycle-state">{cycle.state}</strong>. Open {new Date(cycle.opensAt).toLocaleDateString()} to{" "}
        {new Date(cycle.closesAt).toLocaleDateString()}.
      </p>
      <ul className="counts" aria-label="Responses by state">
        {states.map((state) => (
          <li key={state}>
            {stateNames[state]}: <strong data-testid={`count-${state}`}>{rows.filter((row) => row.state === state).length}</strong>
          </li>
        ))}
      </ul>
      <div className="actions">
        {cycle.state === "open" && (
          <button type="button" onClick={() => void close()}>
            Close the cycle
          </button>
        )}
        <button type="button" className="secondary" onClick={() => void refresh()}>
          Refresh
        </button>
      </div>
      <SynthesisOutputs api={api} cycle={cycle} />
      <form className="filters" onSubmit={(event) => event.preventDefault()} aria-label="Filter respondents">
        <Select label="Kind" value={filter.kind} options={kinds} names={kindNames} onChange={(kind) => setFilter({ ...filter, kind })} />
        <Select label="Region" value={filter.region} options={regions} onChange={(region) => setFilter({ ...filter, region })} />
        <Select label="State" value={filter.state} options={[...states]} names={stateNames} onChange={(state) => setFilter({ ...filter, state })} />
      </form>
      <table className="progress">
        <caption>
          {shown.length} of {rows.length} registered respondents
        </caption>
        <thead>
          <tr>
            <th scope="col">Respondent</th>
            <th scope="col">Kind</th>
            <th scope="col">Region</th>
            <th scope="col">State</th>
            <th scope="col">Revision</th>
            <th scope="col">Last change</th>
            <th scope="col">Invitation</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.respondentId} data-respondent={row.respondentId}>
              <th scope="row">{row.displayName}</th>
              <td>{kindNames[row.kind] ?? row.kind}</td>
              <td>{row.region ?? ""}</td>
              <td data-testid="respondent-state">{stateNames[row.state]}</td>
              <td>{row.revision ?? ""}</td>
              <td>{row.lastChangedAt ? new Date(row.lastChangedAt).toLocaleString() : ""}</td>
              <td>
                <InvitationButton api={api} respondentId={row.respondentId} name={row.displayName} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Select({
  label,
  value,
  options,
  names = {},
  onChange,
}: {
  label: string;
  value: string;
  options: string[];
  names?: Record<string, string>;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">All</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {names[option] ?? option}
          </option>
        ))}
      </select>
    </div>
  );
}
