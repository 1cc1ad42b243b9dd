import { useId } from "react";
import type { Api, Contribution } from "./api";
import { useT } from "./i18n";
import { describe } from "./problems";

/**
 * A written contribution's document: downloaded through the API (it needs the secretariat's token, so
 * it cannot be a plain link), and chosen as a file to attach or replace it.
 */
export function ContributionDocumentField({
  api,
  cycleId,
  contribution,
  onUploaded,
  onProblem,
}: {
  api: Api;
  cycleId: string;
  contribution: Contribution;
  onUploaded: () => Promise<void>;
  onProblem: (problem: string) => void;
}) {
  const t = useT();
  const id = useId();
  const document_ = contribution.document;

  const download = async () => {
    const file = await api.contributionDocument(cycleId, contribution.id);
    if (!(file instanceof Blob)) {
      onProblem(describe(file, t));
      return;
    }
    const url = URL.createObjectURL(file);
    Object.assign(document.createElement("a"), { href: url, download: document_?.fileName ?? "" }).click();
    URL.revokeObjectURL(url);
  };

  const upload = async (file: File | undefined) => {
    if (!file) {
      return;
    }
    const reply = await api.uploadContributionDocument(cycleId, contribution.id, file);
    if (!reply.ok) {
      onProblem(describe(reply.problem, t));
      return;
    }
    onProblem("");
    await onUploaded();
  };

  return (
    <>
      {document_ && (
        <button type="button" className="link" onClick={() => void download()}>
          {document_.fileName}
        </button>
      )}{" "}
      <label htmlFor={id}>{t(document_ ? "replaceDocumentOf" : "attachDocumentOf", { author: contribution.author })}</label>
      <input id={id} type="file" accept=".pdf,.docx,.odt,application/pdf" onChange={(event) => void upload(event.target.files?.[0])} />
    </>
  );
}
