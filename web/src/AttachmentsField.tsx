import { useId, useState } from "react";
import type { FieldProps } from "@rjsf/utils";
import type { FormContext } from "./FormContext";
import { useT } from "./i18n";
import { describe } from "./problems";

interface AttachmentRef {
  id: string;
  title: string;
}

/**
 * Attachments chosen as files: each is uploaded at once (with its progress) and the answer refers to
 * it by the id the server returns; the respondent gives it a title. A refused file is explained.
 */
export function AttachmentsField({ formData, onChange, fieldPathId, registry, schema, disabled, readonly }: FieldProps) {
  const { api, cycleId, respondentId } = registry.formContext as FormContext;
  const t = useT();
  const attachments = (Array.isArray(formData) ? formData : []) as AttachmentRef[];
  const [progress, setProgress] = useState<number | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const inputId = useId();
  const change = (next: AttachmentRef[]) => onChange(next.length ? next : undefined, fieldPathId.path);

  const upload = async (file: File) => {
    setRefusal(null);
    setProgress(0);
    const reply = await api.uploadAttachment(cycleId, respondentId, file, setProgress);
    setProgress(null);
    if (!reply.ok) {
      setRefusal(`${file.name}: ${describe(reply.problem, t)}`);
      return;
    }
    if (!attachments.some((attachment) => attachment.id === reply.data.id)) {
      change([...attachments, { id: reply.data.id, title: file.name.replace(/\.[^.]+$/, "") }]);
    }
  };

  return (
    <fieldset className="attachments" id={fieldPathId.$id}>
      <legend>{schema.title ?? t("attachments")}</legend>
      {schema.description && <p className="field-description">{schema.description}</p>}
      <ul>
        {attachments.map((attachment, index) => (
          <li key={attachment.id}>
            <label>
              {t("fileTitle")}
              <input
                type="text"
                value={attachment.title}
                disabled={disabled || readonly}
                onChange={(event) => change(attachments.map((a, i) => (i === index ? { ...a, title: event.target.value } : a)))}
              />
            </label>
            <button type="button" disabled={disabled || readonly} onClick={() => change(attachments.filter((_, i) => i !== index))}>
              {t("remove")}
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={inputId}>{t("addFile")}</label>
      <input
        id={inputId}
        type="file"
        accept=".pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
        disabled={disabled || readonly || progress !== null}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) {
            void upload(file);
          }
        }}
      />
      {progress !== null && <progress value={progress} max={1} aria-label={t("uploadProgress")} />}
      {refusal && (
        <p role="alert" className="error">
          {refusal}
        </p>
      )}
    </fieldset>
  );
}
