import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import Form from "@rjsf/core";
import type { ErrorSchema, RegistryFieldsType, RegistryWidgetsType, UiSchema } from "@rjsf/utils";
import validator from "@rjsf/validator-ajv8";
import type { Api, JsonObject, Problem, ResponseReceipt, RespondentCycle } from "./api";
import { AttachmentsField } from "./AttachmentsField";
import type { FormContext } from "./FormContext";
import { formModel } from "./formSchema";
import { GroupedChoicesField } from "./GroupedChoicesField";
import { LanguageWidget } from "./LanguageWidget";
import { formButtons } from "./FormButtons";
import { errorSchemaOf } from "./pointer";
import { describe } from "./problems";
import { Receipt } from "./Receipt";

const autosaveEvery = 30_000;
const widgets: RegistryWidgetsType = { language: LanguageWidget };
const fields: RegistryFieldsType = { attachments: AttachmentsField, groupedChoices: GroupedChoicesField };

interface Loaded {
  model: ReturnType<typeof formModel>;
  uiSchema: UiSchema;
}

/** The questionnaire of one cycle: resume, save drafts (also every 30 s), submit, amend, withdraw. */
export function AnswerPage({ api, cycle, respondentId }: { api: Api; cycle: RespondentCycle; respondentId: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [formData, setFormData] = useState<JsonObject>({});
  const [savedJson, setSavedJson] = useState("{}");
  const [etag, setEtag] = useState<string | null>(null);
  const [state, setState] = useState<string | null>(cycle.responseState);
  const [status, setStatus] = useState<string>("");
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<Problem | null>(null);
  const [serverErrors, setServerErrors] = useState<ErrorSchema | undefined>(undefined);
  const [receipt, setReceipt] = useState<ResponseReceipt | null>(null);
  const dirty = JSON.stringify(formData) !== savedJson;
  const latest = useRef({ formData, etag, dirty, saving, conflict });
  latest.current = { formData, etag, dirty, saving, conflict };

  const resume = useCallback(async () => {
    const current = await api.response(cycle.cycleId, respondentId);
    if (current.ok) {
      const { questionnaire: _envelope, ...answers } = current.data;
      setFormData(answers);
      setSavedJson(JSON.stringify(answers));
      setEtag(current.etag);
      setState(current.headers.get("Response-State"));
    } else if (current.status !== 404) {
      setLoadProblem(describe(current.problem));
    }
  }, [api, cycle.cycleId, respondentId]);

  useEffect(() => {
    void (async () => {
      const [bundle, layout] = await Promise.all([api.questionnaire(cycle.questionnaire), api.layout(cycle.questionnaire)]);
      if (!bundle.ok) {
        setLoadProblem(describe(bundle.problem));
        return;
      }
      const { $comment: _why, ...uiSchema } = (layout.ok ? layout.data : {}) as JsonObject;
      setLoaded({ model: formModel(bundle.data), uiSchema: { ...uiSchema, "ui:submitButtonOptions": { norender: true } } as UiSchema });
      await resume();
    })();
  }, [api, cycle.questionnaire, resume]);

  const write = useCallback(
    async (kind: "draft" | "submit", answers: JsonObject) => {
      setSaving(true);
      setStatus(kind === "draft" ? "Saving the draft…" : "Submitting…");
      const answer = { questionnaire: cycle.questionnaire, ...answers };
      const reply =
        kind === "draft"
          ? await api.saveDraft(cycle.cycleId, respondentId, answer, latest.current.etag)
          : await api.submit(cycle.cycleId, respondentId, answer, latest.current.etag);
      setSaving(false);
      if (reply.ok) {
        setEtag(reply.etag ?? reply.data.eTag);
        setSavedJson(JSON.stringify(answers));
        setState(reply.data.state);
        setServerErrors(undefined);
        setStatus(kind === "draft" ? `Draft saved at ${new Date(reply.data.storedAt).toLocaleTimeString()}.` : "");
        if (kind === "submit") {
          setReceipt(reply.data);
        }
        return;
      }
      if (reply.status === 412) {
        setConflict(reply.problem);
        setStatus("");
        return;
      }
      if (reply.problem.errors) {
        setServerErrors(errorSchemaOf(reply.problem.errors));
      }
      setStatus(`Not saved: ${describe(reply.problem)}`);
    },
    [api, cycle.cycleId, cycle.questionnaire, respondentId],
  );

  useEffect(() => {
    const timer = setInterval(() => {
      const { dirty, saving, conflict, formData } = latest.current;
      if (dirty && !saving && !conflict && cycle.acceptingAnswers) {
        void write("draft", formData);
      }
    }, autosaveEvery);
    return () => clearInterval(timer);
  }, [write, cycle.acceptingAnswers]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current.dirty) {
        event.preventDefault();
      }
    };
    addEventListener("beforeunload", warn);
    return () => removeEventListener("beforeunload", warn);
  }, []);

  const formContext = useMemo<FormContext | null>(
    () => (loaded ? { titles: loaded.model.titles, levels: loaded.model.levels, api, cycleId: cycle.cycleId, respondentId } : null),
    [loaded, api, cycle.cycleId, respondentId],
  );

  const withdraw = async () => {
    if (!etag || !confirm("Withdraw this response? It will no longer count in the synthesis. You can submit again while the cycle is open.")) {
      return;
    }
    const reply = await api.withdraw(cycle.cycleId, respondentId, etag);
    if (reply.ok) {
      setEtag(reply.etag ?? reply.data.eTag);
      setState(reply.data.state);
      setStatus("The response is withdrawn.");
    } else if (reply.status === 412) {
      setConflict(reply.problem);
    } else {
      setStatus(`Not withdrawn: ${describe(reply.problem)}`);
    }
  };

  if (loadProblem) {
    return <p role="alert">{loadProblem}</p>;
  }
  if (!loaded || !formContext) {
    return <p aria-busy="true">Loading the questionnaire…</p>;
  }
  if (receipt) {
    return <Receipt receipt={receipt} onBack={() => setReceipt(null)} />;
  }

  return (
    <section aria-labelledby="questionnaire-title">
      <h1 id="questionnaire-title">{String(loaded.model.schema.title ?? cycle.questionnaire.id)}</h1>
      <p>
        Cycle {cycle.cycleId}, open until {new Date(cycle.closesAt).toLocaleString()}. {stateText(state)}
      </p>
      {!cycle.acceptingAnswers && <p role="status">This cycle does not take answers now; the form is read-only.</p>}
      {conflict && (
        <div role="alert" className="conflict">
          <p>
            Someone saved a newer version of this response after you opened it. Your changes are still on this page and are not saved.
          </p>
          <button type="button" onClick={() => void resume().then(() => setConflict(null))}>
            Load the newer version (discard my changes)
          </button>
          <button
            type="button"
            onClick={() => {
              setEtag(conflict.currentETag ?? null);
              latest.current.etag = conflict.currentETag ?? null;
              setConflict(null);
              void write("draft", formData);
            }}
          >
            Keep my changes and save them over it
          </button>
        </div>
      )}
      <Form
        schema={loaded.model.schema}
        uiSchema={loaded.uiSchema}
        formData={formData}
        validator={validator}
        widgets={widgets}
        fields={fields}
        templates={{ ButtonTemplates: formButtons }}
        formContext={formContext}
        extraErrors={serverErrors}
        showErrorList="top"
        noHtml5Validate
        disabled={!cycle.acceptingAnswers || saving}
        onChange={(event) => setFormData((event.formData ?? {}) as JsonObject)}
        onSubmit={(event) => void write("submit", (event.formData ?? {}) as JsonObject)}
      >
        <div className="actions">
          <button type="button" disabled={!cycle.acceptingAnswers || saving || conflict !== null} onClick={() => void write("draft", formData)}>
            Save draft
          </button>
          <button type="submit" disabled={!cycle.acceptingAnswers || saving || conflict !== null}>
            {state === "submitted" ? "Submit the amendment" : "Submit"}
          </button>
          {state === "submitted" && (
            <button type="button" className="secondary" disabled={!cycle.acceptingAnswers || saving} onClick={() => void withdraw()}>
              Withdraw the response
            </button>
          )}
        </div>
      </Form>
      <p role="status" aria-live="polite" className="save-status">
        {status || (dirty ? "Unsaved changes." : "")}
      </p>
    </section>
  );
}

function stateText(state: string | null): string {
  switch (state) {
    case "draft":
      return "Your draft is saved; it is not submitted yet.";
    case "submitted":
      return "Your response is submitted. You may amend it until the deadline.";
    case "withdrawn":
      return "Your response is withdrawn.";
    default:
      return "You have not started yet.";
  }
}
