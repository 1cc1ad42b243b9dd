import { useContext, useState } from "react";
import type { Api, CycleStatus, OutputName } from "./api";
import { I18nContext, useT, type MessageKey } from "./i18n";
import { describe } from "./problems";
import { GapThresholdForm } from "./GapThresholdForm";

const outputs: { name: OutputName; label: MessageKey }[] = [
  { name: "report.html", label: "downloadReport" },
  { name: "report.docx", label: "downloadWord" },
  { name: "synthesis.json", label: "downloadFigures" },
  { name: "responses.csv", label: "downloadResponses" },
  { name: "responses.xlsx", label: "downloadWorkbook" },
];

/** The synthesis of a closed cycle: its state and, once ready, its outputs (fetched with the token). */
export function SynthesisOutputs({ api, cycle, onRequested }: { api: Api; cycle: CycleStatus; onRequested: () => Promise<void> }) {
  const t = useT();
  const { language } = useContext(I18nContext);
  const [problem, setProblem] = useState("");
  if (cycle.state === "draft" || cycle.state === "open") {
    return null;
  }
  const fetchOutput = async (name: OutputName) => {
    // The report in the page's language; the server names the others' files as it names their blobs.
    const file = await api.output(cycle.cycleId, name, language);
    if (!(file instanceof Blob)) {
      setProblem(describe(file, t));
      return;
    }
    // Downloaded, not opened here: a page opened from this app would inherit its Content-Security-Policy,
    // which refuses the report's own styles.
    const url = URL.createObjectURL(file);
    Object.assign(document.createElement("a"), { href: url, download: `${cycle.cycleId}-${reportFileName(name, language)}` }).click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  return (
    <div className="synthesis">
      <h2>{t("synthesis")}</h2>
      {cycle.state === "synthesised" ? (
        <div className="actions">
          {outputs.map((output) => (
            <button key={output.name} type="button" className="secondary" onClick={() => void fetchOutput(output.name)}>
              {t(output.label)}
            </button>
          ))}
        </div>
      ) : (
        <p role="status">{t(cycle.state === "synthesis-failed" ? "synthesisFailed" : "synthesisPending")}</p>
      )}
      {problem && <p role="alert">{problem}</p>}
      {(cycle.state === "synthesised" || cycle.state === "synthesis-failed") && <GapThresholdForm api={api} cycle={cycle} onRequested={onRequested} />}
    </div>
  );
}

/** The file name of an output in a language: a report's or the workbook's says its language unless English, e.g. report.es.html. */
function reportFileName(name: OutputName, language: string): string {
  return (name.startsWith("report.") || name === "responses.xlsx") && language !== "en" ? name.replace(".", `.${language}.`) : name;
}
