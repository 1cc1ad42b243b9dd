import type { Problem } from "./api";

/** Shown instead of a form when there is no valid sign-in: says what happened and what to do. */
export function SignInNeeded({ problem }: { problem: Problem }) {
  const heading =
    problem.code === "no-token"
      ? "Open your invitation link"
      : problem.status === 401
        ? "This invitation link no longer works"
        : "You cannot sign in right now";
  const advice =
    problem.code === "no-token"
      ? "To answer the questionnaire, open the invitation link the secretariat sent to your focal point."
      : problem.status === 401
        ? "It has expired, was replaced by a newer one, or was copied incompletely. Ask the secretariat for a new invitation link, and open it in full."
        : "The service could not be reached. Try again in a few minutes; if it keeps failing, contact the secretariat.";
  return (
    <section aria-labelledby="sign-in-title" className="notice">
      <h1 id="sign-in-title">{heading}</h1>
      <p>{advice}</p>
    </section>
  );
}
