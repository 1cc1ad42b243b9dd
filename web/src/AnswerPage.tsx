import { useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import Form from "@rjsf/core";
import type { ErrorSchema, Experimental_DefaultFormStateBehavior, RegistryFieldsType, RegistryWidgetsType, UiSchema } from "@rjsf/utils";
import type { Api, JsonObject, Problem, ResponseReceipt, RespondentCycle } from "./api";
import { AttachmentsField } from "./AttachmentsField";
import type { FormContext } from "./FormContext";
import { formModel } from "./formSchema";
import { GroupedChoicesField } from "./GroupedChoicesField";
import { LanguageWidget } from "./LanguageWidget";
import { useFormButtons } from "./FormButtons";
import { I18nContext, type Translate } from "./i18n";
import { useDates } from "./useDates";
import { useLocalizer } from "./useLocalizer";
import { errorSchemaOf } from "./pointer";
import { describe } from "./problems";
import { Receipt } from "./Receipt";

const autosaveEvery = 30_000;

// The form library would answer for the respondent: false for a required yes/no, [] ("none") for a
// required list, {} for objects. Unanswered stays unanswered until the respondent answers.
const unansweredStaysUnanswered = {
  emptyObjectFields: "skipEmptyDefaults",
  arrayMinItems: { populate: "never" },
  requiredBooleanDefault: "skip",
} as Experimental_DefaultFormStateBehavior;
const widgets: RegistryWidgetsType = { language: LanguageWidget };
const fields: RegistryFieldsType = { attachments: AttachmentsField, groupedChoices: GroupedChoicesField };

interface Loaded {
  model: ReturnType<typeof formModel>;
  uiSchema: UiSchema;
  /** The language the questionnaire came in (the browser's, when it is one of the six). */
  language: string;
}

/** The questionnaire of one cycle: resume, save drafts (also every 30 s), submit, amend, withdraw. */
export function AnswerPage({ api, cycle, respondentId }: { api: Api; cycle: RespondentCycle; respondentId: string }) {
  const { language, t } = useContext(I18nContext);
  const formButtons = useFormButtons();
  const dates = useDates();
  const { validator, translateString } = useLocalizer();
  const resumed = useRef(false);
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
    } else if (current.status === 404) {
      // A new answer records the language it is written in, the page's, until the respondent says otherwise.
      const fresh = { consent: { language } };
      setFormData(fresh);
      setSavedJson(JSON.stringify(fresh));
    } else {
      setLoadProblem(describe(current.problem, t));
    }
  }, [api, cycle.cycleId, respondentId, t, language]);

  useEffect(() => {
    void (async () => {
      const [bundle, layout] = await Promise.all([api.questionnaire(cycle.questionnaire), api.layout(cycle.questionnaire)]);
      if (!bundle.ok) {
        setLoadProblem(describe(bundle.problem, t));
        return;
      }
      // The stored answer before the form shows, so nothing typed is overwritten by it; and only once:
      // a change of language reloads the questions, never over what was typed.
      if (!resumed.current) {
        resumed.current = true;
        await resume();
      }
      const { $comment: _why, ...uiSchema } = (layout.ok ? layout.data : {}) as JsonObject;
      setLoaded({
        model: formModel(bundle.data as JsonObject),
        uiSchema: { ...uiSchema, "ui:submitButtonOptions": { norender: true } } as UiSchema,
        language: bundle.headers.get("Content-Language") ?? "en",
      });
    })();
  }, [api, cycle.questionnaire, resume, t]);

  const write = useCallback(
    async (kind: "draft" | "submit", answers: JsonObject) => {
      setSaving(true);
      setStatus(t(kind === "draft" ? "savingDraft" : "submitting"));
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
        setStatus(kind === "draft" ? t("draftSavedAt", { time: dates.time(reply.data.storedAt) }) : "");
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
      setStatus(t("notSaved", { problem: describe(reply.problem, t) }));
    },
    [api, cycle.cycleId, cycle.questionnaire, respondentId, t, dates],
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
    if (!etag || !confirm(t("withdrawConfirm"))) {
      return;
    }
    const reply = await api.withdraw(cycle.cycleId, respondentId, etag);
    if (reply.ok) {
      setEtag(reply.etag ?? reply.data.eTag);
      setState(reply.data.state);
      setStatus(t("withdrawn"));
    } else if (reply.status === 412) {
      setConflict(reply.problem);
    } else {
      setStatus(t("notWithdrawn", { problem: describe(reply.problem, t) }));
    }
  };

  if (loadProblem) {
    return <p role="alert">{loadProblem}</p>;
  }
  if (!loaded || !formContext) {
    return <p aria-busy="true">{t("loadingQuestionnaire")}</p>;
  }
  if (receipt) {
    return <Receipt receipt={receipt} onBack={() => setReceipt(null)} />;
  }

  return (
    <section aria-labelledby="questionnaire-title" lang={loaded.language} dir={loaded.language === "ar" ? "rtl" : "ltr"}>
      <h1 id="questionnaire-title">{String(loaded.model.schema.title ?? cycle.questionnaire.id)}</h1>
      <p>
        {t("cycleOpenUntil", { cycle: cycle.cycleId, date: dates.dateTime(cycle.closesAt) })} {stateText(state, t)}
      </p>
      {!cycle.acceptingAnswers && <p role="status">{t("readOnly")}</p>}
      {conflict && (
        <div role="alert" className="conflict">
          <p>{t("conflict")}</p>
          <button type="button" onClick={() => void resume().then(() => setConflict(null))}>
            {t("loadNewer")}
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
            {t("keepMine")}
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
        translateString={translateString}
        formContext={formContext}
        extraErrors={serverErrors}
        showErrorList="top"
        noHtml5Validate
        disabled={!cycle.acceptingAnswers || saving}
        experimental_defaultFormStateBehavior={unansweredStaysUnanswered}
        onChange={(event, id) => {
          const data = (event.formData ?? {}) as JsonObject;
          setFormData(data);
          // Without a field's id the form itself changed the data (filling it in after a load): not the respondent.
          if (id === undefined) {
            setSavedJson(JSON.stringify(data));
          }
        }}
        onSubmit={(event) => void write("submit", (event.formData ?? {}) as JsonObject)}
      >
        <div className="actions">
          <button type="button" disabled={!cycle.acceptingAnswers || saving || conflict !== null} onClick={() => void write("draft", formData)}>
            {t("saveDraft")}
          </button>
          <button type="submit" disabled={!cycle.acceptingAnswers || saving || conflict !== null}>
            {t(state === "submitted" ? "submitAmendment" : "submit")}
          </button>
          {state === "submitted" && (
            <button type="button" className="secondary" disabled={!cycle.acceptingAnswers || saving} onClick={() => void withdraw()}>
              {t("withdraw")}
            </button>
          )}
        </div>
      </Form>
      <p role="status" aria-live="polite" className="save-status">
        {status || (dirty ? t("unsaved") : "")}
      </p>
    </section>
  );
}

function stateText(state: string | null, t: Translate): string {
  switch (state) {
    case "draft":
      return t("stateDraft");
    case "submitted":
      return t("stateSubmitted");
    case "withdrawn":
      return t("stateWithdrawn");
    default:
      return t("stateNone");
  }
}
