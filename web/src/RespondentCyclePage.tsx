import type { Api } from "./api";
import { AnswerPage } from "./AnswerPage";
import { useT } from "./i18n";
import { useReply } from "./useReply";

/** Finds the respondent's view of one cycle, then shows its questionnaire. */
export function RespondentCyclePage({ api, cycleId, respondentId }: { api: Api; cycleId: string; respondentId: string }) {
  const t = useT();
  const { data, problem } = useReply(api.cycles, [api, cycleId]);
  const cycle = data ? (data.respondentCycles?.find((c) => c.cycleId === cycleId) ?? null) : undefined;

  if (problem) {
    return <p role="alert">{problem}</p>;
  }
  if (cycle === undefined) {
    return <p aria-busy="true">{t("loading")}</p>;
  }
  if (cycle === null) {
    return <p role="alert">{t("noSuchCycle", { cycle: cycleId })}</p>;
  }
  return <AnswerPage api={api} cycle={cycle} respondentId={respondentId} />;
}
