import type { Api } from "./api";
import { linkTo } from "./route";
import { useReply } from "./useReply";

/** The secretariat's reporting cycles with their state. */
export function SecretariatHome({ api }: { api: Api }) {
  const { data, problem } = useReply(api.cycles, [api]);
  const cycles = data && (data.cycles ?? []);

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
