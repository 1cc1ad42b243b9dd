import { useContext, useId, useRef, useState } from "react";
import type { Api, Contribution } from "./api";
import { I18nContext } from "./i18n";
import { channelName, contributionChannels, groupName, stakeholderGroups } from "./names";
import { describe } from "./problems";
import { answerLanguages } from "./LanguageWidget";

/**
 * Registers a contribution received outside the questionnaire: a paper sent to the secretariat, or a
 * statement it recorded. Its id is the next free one of its channel (written-001, oral-002...), since
 * the secretariat refers to contributions by author and title, not by id.
 */
export function ContributionForm({ api, cycleId, registered, onRegistered }: { api: Api; cycleId: string; registered: Contribution[]; onRegistered: () => Promise<void> }) {
  const { t, language } = useContext(I18nContext);
  const id = useId();
  const [channel, setChannel] = useState("written");
  const [author, setAuthor] = useState("");
  const [group, setGroup] = useState(stakeholderGroups[0]);
  const [title, setTitle] = useState("");
  const [contributionLanguage, setContributionLanguage] = useState<string>(language);
  const [received, setReceived] = useState(new Date().toISOString().slice(0, 10));
  const [named, setNamed] = useState(false);
  const [documentFile, setDocumentFile] = useState<File | null>(null);
  const documentInput = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState("");
  const languageNames = new Intl.DisplayNames([language], { type: "language" });

  const submit = async () => {
    const contributionId = nextId(channel, registered);
    const reply = await api.putContribution(cycleId, contributionId, {
      channel,
      author,
      stakeholderGroup: group,
      title: title || null,
      language: contributionLanguage,
      received,
      named,
    });
    if (!reply.ok) {
      setProblem(describe(reply.problem, t));
      return;
    }
    // Registered even when its document is refused: its row in the list then takes another file.
    const attached = channel === "written" && documentFile ? await api.uploadContributionDocument(cycleId, contributionId, documentFile) : null;
    setProblem(attached && !attached.ok ? `${documentFile?.name}: ${describe(attached.problem, t)}` : "");
    setAuthor("");
    setTitle("");
    setNamed(false);
    setDocumentFile(null);
    if (documentInput.current) {
      documentInput.current.value = "";
    }
    await onRegistered();
  };

  return (
    <form
      className="contribution-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${id}-heading`}>{t("registerContribution")}</h3>
      <fieldset>
        <legend>{t("channel")}</legend>
        {contributionChannels.map((code) => (
          <label key={code}>
            <input type="radio" name={`${id}-channel`} value={code} checked={channel === code} onChange={() => setChannel(code)} /> {channelName(code, t)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-author`}>{t("author")}</label>
      <input id={`${id}-author`} required maxLength={300} value={author} onChange={(event) => setAuthor(event.target.value)} />
      <label htmlFor={`${id}-group`}>{t("stakeholderGroup")}</label>
      <select id={`${id}-group`} value={group} onChange={(event) => setGroup(event.target.value)}>
        {stakeholderGroups.map((code) => (
          <option key={code} value={code}>
            {groupName(code, t)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-title`}>{t("contributionTitle")}</label>
      <input id={`${id}-title`} required={channel === "written"} maxLength={500} value={title} onChange={(event) => setTitle(event.target.value)} />
      <label htmlFor={`${id}-language`}>{t("contributionLanguage")}</label>
      <select id={`${id}-language`} value={contributionLanguage} onChange={(event) => setContributionLanguage(event.target.value)}>
        {answerLanguages.map((code) => (
          <option key={code} value={code}>
            {languageNames.of(code) ?? code}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-received`}>{t("receivedOn")}</label>
      <input id={`${id}-received`} type="date" required value={received} onChange={(event) => setReceived(event.target.value)} />
      {channel === "written" && (
        <>
          <label htmlFor={`${id}-document`}>{t("writtenContributionDocument")}</label>
          <input
            ref={documentInput}
            id={`${id}-document`}
            type="file"
            accept=".pdf,.docx,.odt,application/pdf"
            onChange={(event) => setDocumentFile(event.target.files?.[0] ?? null)}
          />
        </>
      )}
      <label>
        <input type="checkbox" checked={named} onChange={(event) => setNamed(event.target.checked)} /> {t("namedConsent")}
      </label>
      <button type="submit">{t("registerContribution")}</button>
      {problem && <p role="alert">{problem}</p>}
    </form>
  );
}

function nextId(channel: string, registered: Contribution[]): string {
  const taken = registered.map((contribution) => contribution.id.match(new RegExp(`^${channel}-(\\d+)$`))?.[1]).map(Number).filter(Number.isFinite);
  return `${channel}-${String(Math.max(0, ...taken) + 1).padStart(3, "0")}`;
}
