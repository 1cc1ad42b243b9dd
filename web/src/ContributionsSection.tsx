import { useCallback, useContext, useEffect, useState } from "react";
import type { Api, Contribution } from "./api";
import { ContributionDocumentField } from "./ContributionDocumentField";
import { ContributionForm } from "./ContributionForm";
import { I18nContext } from "./i18n";
import { channelName, groupName } from "./names";
import { describe } from "./problems";
import { useDates } from "./useDates";

/**
 * The contributions a cycle received outside the questionnaire, which the Secretary-General's table
 * counts beside the answers: the secretariat registers them here and removes one registered by mistake.
 */
export function ContributionsSection({ api, cycleId }: { api: Api; cycleId: string }) {
  const { t, language } = useContext(I18nContext);
  const languageNames = new Intl.DisplayNames([language], { type: "language" });
  const dates = useDates();
  const [contributions, setContributions] = useState<Contribution[] | null>(null);
  const [problem, setProblem] = useState("");

  const refresh = useCallback(async () => {
    const reply = await api.contributions(cycleId);
    if (!reply.ok) {
      setProblem(describe(reply.problem, t));
      return;
    }
    setProblem("");
    setContributions(reply.data.contributions);
  }, [api, cycleId, t]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const remove = async (contribution: Contribution) => {
    if (!confirm(t("removeContributionConfirm", { author: contribution.author }))) {
      return;
    }
    const reply = await api.deleteContribution(cycleId, contribution.id);
    if (!reply.ok) {
      setProblem(describe(reply.problem, t));
      return;
    }
    await refresh();
  };

  return (
    <section className="contributions" aria-labelledby="contributions-title">
      <h2 id="contributions-title">{t("contributions")}</h2>
      {problem && <p role="alert">{problem}</p>}
      {contributions && (
        <table>
          <caption>{t("contributionsRegistered", { count: contributions.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("author")}</th>
              <th scope="col">{t("channel")}</th>
              <th scope="col">{t("stakeholderGroup")}</th>
              <th scope="col">{t("contributionTitle")}</th>
              <th scope="col">{t("contributionLanguage")}</th>
              <th scope="col">{t("receivedOn")}</th>
              <th scope="col">{t("document")}</th>
              <th scope="col">{t("action")}</th>
            </tr>
          </thead>
          <tbody>
            {contributions.map((contribution) => (
              <tr key={contribution.id} data-contribution={contribution.id}>
                <th scope="row">
                  {contribution.author}
                  {!contribution.named && ` ${t("notToBeNamed")}`}
                </th>
                <td>{channelName(contribution.channel, t)}</td>
                <td>{groupName(contribution.stakeholderGroup, t)}</td>
                <td>{contribution.title ?? ""}</td>
                <td>{languageNames.of(contribution.language) ?? contribution.language}</td>
                <td>{dates.day(contribution.received)}</td>
                <td>
                  {contribution.channel === "written" && (
                    <ContributionDocumentField api={api} cycleId={cycleId} contribution={contribution} onUploaded={refresh} onProblem={setProblem} />
                  )}
                </td>
                <td>
                  <button type="button" className="secondary" onClick={() => void remove(contribution)}>
                    {t("removeContribution", { author: contribution.author })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ContributionForm api={api} cycleId={cycleId} registered={contributions ?? []} onRegistered={refresh} />
    </section>
  );
}
