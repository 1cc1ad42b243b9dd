import type { Problem } from "./api";
import { useT } from "./i18n";

/** Shown instead of a form when there is no valid sign-in: says what happened and what to do. */
export function SignInNeeded({ problem }: { problem: Problem }) {
  const t = useT();
  const [heading, advice] =
    problem.code === "no-token"
      ? [t("noTokenHeading"), t("noTokenAdvice")]
      : problem.status === 401
        ? [t("expiredHeading"), t("expiredAdvice")]
        : [t("unreachableHeading"), t("unreachableAdvice")];
  return (
    <section aria-labelledby="sign-in-title" className="notice">
      <h1 id="sign-in-title">{heading}</h1>
      <p>{advice}</p>
    </section>
  );
}
