import type { Problem } from "./api";
import type { Translate } from "./i18n";

/** A problem in words a respondent can act on: the server's own detail when it gives one. */
export function describe(problem: Problem, t: Translate): string {
  return problem.code === "network" ? t("networkProblem") : (problem.detail ?? problem.title ?? t("serverAnswered", { status: problem.status }));
}
