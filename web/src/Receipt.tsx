import type { ResponseReceipt } from "./api";

/** What a submission became, to keep or print: revision, time and the SHA-256 of the stored answer. */
export function Receipt({ receipt, onBack }: { receipt: ResponseReceipt; onBack: () => void }) {
  return (
    <section className="receipt" aria-labelledby="receipt-title">
      <h1 id="receipt-title">Receipt</h1>
      <p>Your response is submitted. Keep this receipt: the fingerprint proves which answers were received.</p>
      <dl>
        <dt>Cycle</dt>
        <dd>{receipt.cycleId}</dd>
        <dt>Respondent</dt>
        <dd>{receipt.respondentId}</dd>
        <dt>Questionnaire</dt>
        <dd>
          {receipt.questionnaire.id} {receipt.questionnaire.version}
        </dd>
        <dt>Revision</dt>
        <dd data-testid="receipt-revision">{receipt.revision}</dd>
        <dt>Received</dt>
        <dd>
          <time dateTime={receipt.storedAt}>{new Date(receipt.storedAt).toLocaleString()}</time>
        </dd>
        <dt>SHA-256 of the answers</dt>
        <dd className="digest" data-testid="receipt-sha256">
          {receipt.sha256}
        </dd>
      </dl>
      <div className="actions no-print">
        <button type="button" onClick={() => print()}>
          Print
        </button>
        <button type="button" className="secondary" onClick={onBack}>
          Back to the answers
        </button>
      </div>
    </section>
  );
}
