import type { ResponseReceipt } from "./api";
import { useT } from "./i18n";
import { useDates } from "./useDates";

/** What a submission became, to keep or print: revision, time and the SHA-256 of the stored answer. */
export function Receipt({ receipt, onBack }: { receipt: ResponseReceipt; onBack: () => void }) {
  const t = useT();
  const dates = useDates();
  return (
    <section className="receipt" aria-labelledby="receipt-title">
      <h1 id="receipt-title">{t("receipt")}</h1>
      <p>{t("receiptIntro")}</p>
      <dl>
        <dt>{t("cycle")}</dt>
        <dd>{receipt.cycleId}</dd>
        <dt>{t("respondent")}</dt>
        <dd>{receipt.respondentId}</dd>
        <dt>{t("questionnaire")}</dt>
        <dd>
          {receipt.questionnaire.id} {receipt.questionnaire.version}
        </dd>
        <dt>{t("revision")}</dt>
        <dd data-testid="receipt-revision">{receipt.revision}</dd>
        <dt>{t("received")}</dt>
        <dd>
          <time dateTime={receipt.storedAt}>{dates.dateTime(receipt.storedAt)}</time>
        </dd>
        <dt>{t("answersSha256")}</dt>
        <dd className="digest" data-testid="receipt-sha256">
          {receipt.sha256}
        </dd>
      </dl>
      <div className="actions no-print">
        <button type="button" onClick={() => print()}>
          {t("print")}
        </button>
        <button type="button" className="secondary" onClick={onBack}>
          {t("backToAnswers")}
        </button>
      </div>
    </section>
  );
}
