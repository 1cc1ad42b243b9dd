import { useEffect, useState } from "react";
import type { Api, CycleStatus } from "./api";
import { describe } from "./problems";
import { linkTo } from "./route";

/** The secretariat's reporting cycles with their state. */
export function SecretariatHome({ api }: { api: Api }) {
  const [cycles, setCycles] = useState<CycleStatus[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void api.cycles().then((reply) => (reply.ok ? setCycles(reply.data.cycles ?? []) : setProblem(describe(reply.problem))));
  }, [api]);

  if (problem) {
    return <p role="alert">{problem}</p>;
  }
  if (!cycles) {
    return <p aria-busy="true">Loading the reporting cycles…</p>;
  }
  return (
    <section aria-labelledby="cycles-title">
      <h1 id="cycles-title">Reporting cycles</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">Cycle</th>
            <th scope="col">State</th>
            <th scope="col">Opens</th>
            <th scope="col">Closes</th>
          </tr>
        </thead>
        <tbody>
          {cycles.map((cycle) => (
            <tr key={cycle.cycleId}>
              <td>
                <a href={linkTo({ page: "progress", cycleId: cycle.cycleId })}>{cycle.cycleId}</a>
              </td>
              <td>{cycle.state}</td>
              <td>{new Date(cycle.opensAt).toLocaleDateString()}</td>
              <td>{new Date(cycle.closesAt).toLocaleDateString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
