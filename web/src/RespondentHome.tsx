import type { Api, RespondentCycle } from "./api";
import { linkTo } from "./route";
import { useReply } from "./useReply";

/** A respondent's reporting cycles: deadline, the state of its response, and where to answer. */
export function RespondentHome({ api }: { api: Api }) {
  const { data, problem } = useReply(api.cycles, [api]);
  const cycles = data && (data.respondentCycles ?? []);

  if (problem) {
    return <p role="alert">{problem}</p>;
  }
  if (!cycles) {
    return <p aria-busy="true">Loading your reporting cycles…</p>;
  }
  return (
    <section aria-labelledby="cycles-title">
      <h1 id="cycles-title">Your reporting cycles</h1>
      {cycles.length === 0 ? (
        <p>No reporting cycle is open for you yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Cycle</th>
              <th scope="col">Deadline</th>
              <th scope="col">Your response</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {cycles.map((cycle) => (
              <tr key={cycle.cycleId}>
                <td>{cycle.cycleId}</td>
                <td>
                  <time dateTime={cycle.closesAt}>{new Date(cycle.closesAt).toLocaleString()}</time>
                </td>
                <td>{responseText(cycle)}</td>
                <td>
                  <a href={linkTo({ page: "answer", cycleId: cycle.cycleId })}>
                    {cycle.acceptingAnswers ? (cycle.responseState ? "Continue" : "Answer") : "View"}
                    <span className="visually-hidden"> the questionnaire of cycle {cycle.cycleId}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function responseText(cycle: RespondentCycle): string {
  const when = cycle.lastStoredAt ? `, ${new Date(cycle.lastStoredAt).toLocaleString()}` : "";
  switch (cycle.responseState) {
    case "draft":
      return `Draft saved${when}`;
    case "submitted":
      return `Submitted${when}${cycle.acceptingAnswers ? "; may be amended" : ""}`;
    case "withdrawn":
      return `Withdrawn${when}`;
    default:
      return cycle.acceptingAnswers ? "Not started" : "No response";
  }
}
