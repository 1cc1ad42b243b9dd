import { useState } from "react";
import type { Api, CycleStatus } from "./api";
import { useT } from "./i18n";
import { describe } from "./problems";

/**
 * Compiles a closed cycle's synthesis again with another gap threshold: the secretariat often chooses
 * it once it has seen the answers, after the cycle can no longer be redefined.
 */
export function GapThresholdForm({ api, cycle, onRequested }: { api: Api; cycle: CycleStatus; onRequested: () => Promise<void> }) {
  const t = useT();
  const [percent, setPercent] = useState(String(Math.round(cycle.gapThreshold * 100)));
  const [problem, setProblem] = useState("");
  const submit = async () => {
    const reply = await api.requestSynthesis(cycle.cycleId, Number(percent) / 100);
    if (!reply.ok) {
      setProblem(describe(reply.problem, t));
      return;
    }
    setProblem("");
    await onRequested();
  };
  return (
    <form
      className="gap-threshold"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label htmlFor="gap-threshold">{t("gapThreshold")}</label>{" "}
      <input id="gap-threshold" type="number" min={1} max={100} step={1} required value={percent} onChange={(event) => setPercent(event.target.value)} />{" "}
      <button type="submit" className="secondary">
        {t("recompile")}
      </button>
      {problem && <p role="alert">{problem}</p>}
    </form>
  );
}
