import type { Problem } from "./api";

/** A problem in words a respondent can act on: the server's own detail when it gives one. */
export function describe(problem: Problem): string {
  return problem.detail ?? problem.title ?? `The server answered ${problem.status}.`;
}
