import { useState } from "react";
import type { Api, CycleStatus, OutputName } from "./api";
import { describe } from "./problems";

const outputs: { name: OutputName; label: string }[] = [
  { name: "report.html", label: "Download the report (report.html)" },
  { name: "synthesis.json", label: "Download the figures (synthesis.json)" },
  { name: "responses.csv", label: "Download the responses (responses.csv)" },
];

/** The synthesis of a closed cycle: its state and, once ready, its outputs (fetched with the token). */
export function SynthesisOutputs({ api, cycle }: { api: Api; cycle: CycleStatus }) {
  const [problem, setProblem] = useState("");
  if (cycle.state === "draft" || cycle.state === "open") {
    return null;
  }
  const fetchOutput = async (name: OutputName) => {
    const file = await api.output(cycle.cycleId, name);
    if (!(file instanceof Blob)) {
      setProblem(describe(file));
      return;
    }
    // Downloaded, not opened here: a page opened from this app would inherit its Content-Security-Policy,
    // which refuses the report's own styles.
    const url = URL.createObjectURL(file);
    Object.assign(document.createElement("a"), { href: url, download: `${cycle.cycleId}-${name}` }).click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  return (
    <div className="synthesis">
      <h2>Synthesis</h2>
      {cycle.state === "synthesised" ? (
        <div className="actions">
          {outputs.map((output) => (
            <button key={output.name} type="button" className="secondary" onClick={() => void fetchOutput(output.name)}>
              {output.label}
            </button>
          ))}
        </div>
      ) : (
        <p role="status">The synthesis is {cycle.state === "synthesis-failed" ? "failed" : "being compiled"}; refresh to see when it is ready.</p>
      )}
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
