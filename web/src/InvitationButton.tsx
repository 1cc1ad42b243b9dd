import { useState } from "react";
import type { Api } from "./api";
import { describe } from "./problems";

/** Issues a new invitation link for one respondent and offers to copy it. */
export function InvitationButton({ api, respondentId, name }: { api: Api; respondentId: string; name: string }) {
  const [link, setLink] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const issue = async () => {
    const reply = await api.issueToken(respondentId);
    if (!reply.ok) {
      setMessage(describe(reply.problem));
      return;
    }
    setLink(reply.data.invitationLink ?? null);
  };
  if (!link) {
    return (
      <>
        <button type="button" className="secondary" onClick={() => void issue()}>
          Issue link<span className="visually-hidden"> for {name}</span>
        </button>
        {message && <span role="alert">{message}</span>}
      </>
    );
  }
  return (
    <span className="invitation">
      <input readOnly value={link} aria-label={`Invitation link for ${name}`} onFocus={(event) => event.target.select()} />
      <button type="button" onClick={() => void navigator.clipboard.writeText(link).then(() => setMessage("Copied."))}>
        Copy<span className="visually-hidden"> the invitation link for {name}</span>
      </button>
      <span role="status">{message}</span>
    </span>
  );
}
