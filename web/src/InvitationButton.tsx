import { useState } from "react";
import type { Api } from "./api";
import { useT } from "./i18n";
import { describe } from "./problems";

/** Issues a new invitation link for one respondent and offers to copy it. */
export function InvitationButton({ api, respondentId, name }: { api: Api; respondentId: string; name: string }) {
  const t = useT();
  const [link, setLink] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const issue = async () => {
    const reply = await api.issueToken(respondentId);
    if (!reply.ok) {
      setMessage(describe(reply.problem, t));
      return;
    }
    setLink(reply.data.invitationLink ?? null);
  };
  if (!link) {
    return (
      <>
        <button type="button" className="secondary" onClick={() => void issue()}>
          {t("issueLink")}
          <span className="visually-hidden">{t("forName", { name })}</span>
        </button>
        {message && <span role="alert">{message}</span>}
      </>
    );
  }
  return (
    <span className="invitation">
      <input readOnly value={link} aria-label={t("invitationLinkFor", { name })} onFocus={(event) => event.target.select()} />
      <button type="button" onClick={() => void navigator.clipboard.writeText(link).then(() => setMessage(t("copied")))}>
        {t("copy")}
        <span className="visually-hidden">{t("copyLinkFor", { name })}</span>
      </button>
      <span role="status">{message}</span>
    </span>
  );
}
