import { useEffect, useState } from "react";
import type { Api, RespondentCycle } from "./api";
import { AnswerPage } from "./AnswerPage";
import { describe } from "./problems";

/** Finds the respondent's view of one cycle, then shows its questionnaire. */
export function RespondentCyclePage({ api, cycleId, respondentId }: { api: Api; cycleId: string; respondentId: string }) {
  const [cycle, setCycle] = useState<RespondentCycle | null | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void api.cycles().then((reply) =>
      reply.ok ? setCycle(reply.data.respondentCycles?.find((c) => c.cycleId === cycleId) ?? null) : setProblem(describe(reply.problem)),
    );
  }, [api, cycleId]);

  if (problem) {
    return <p role="alert">{problem}</p>;
  }
  if (cycle === undefined) {
    return <p aria-busy="true">Loading…</p>;
  }
  if (cycle === null) {
    return <p role="alert">There is no reporting cycle {cycleId} for you.</p>;
  }
  return <AnswerPage api={api} cycle={cycle} respondentId={respondentId} />;
}
