import type { FieldProps, RJSFSchema } from "@rjsf/utils";
import { optionsList } from "@rjsf/utils";
import type { FormContext } from "./FormContext";
import { useT } from "./i18n";

/**
 * A list of choices shown in groups by level (infrastructure, content, socio-economic development),
 * with an explicit "None of these": an empty list is an answer ("none"), which ticking nothing is not.
 * A field rather than a widget, because a widget is handed an unanswered list as an empty one.
 */
export function GroupedChoicesField({ formData, onChange, fieldPathId, schema, registry, disabled, readonly, required }: FieldProps) {
  const { titles, levels } = registry.formContext as FormContext;
  const t = useT();
  const items = registry.schemaUtils.retrieveSchema(schema.items as RJSFSchema);
  const options = (optionsList(items) ?? []).map((option) => ({ label: option.label, value: String(option.value) }));
  const answered = Array.isArray(formData);
  const chosen = new Set<string>(answered ? (formData as string[]) : []);
  const groups = new Map<string, typeof options>();
  for (const option of options) {
    const level = levels[option.value] ?? "";
    groups.set(level, [...(groups.get(level) ?? []), option]);
  }
  const change = (value: string[] | undefined) => onChange(value, fieldPathId.path);
  const toggle = (choice: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) {
      next.add(choice);
    } else {
      next.delete(choice);
    }
    // In the questionnaire's order, whatever order they were ticked in.
    const list = options.map((option) => option.value).filter((value) => next.has(value));
    change(list.length > 0 ? list : undefined);
  };
  const id = fieldPathId.$id;
  return (
    <fieldset id={id} className="grouped-choices">
      <legend>
        {schema.title}
        {required && <span aria-hidden="true">*</span>}
      </legend>
      {schema.description && <p className="field-description">{schema.description}</p>}
      {[...groups].map(([level, choices]) => (
        <fieldset key={level}>
          <legend>{titles[level] ?? level}</legend>
          {choices.map((choice) => (
            <label key={choice.value} className="choice">
              <input
                type="checkbox"
                name={id}
                value={choice.value}
                checked={chosen.has(choice.value)}
                disabled={disabled || readonly}
                onChange={(event) => toggle(choice.value, event.target.checked)}
              />
              {choice.label}
            </label>
          ))}
        </fieldset>
      ))}
      <label className="choice none">
        <input
          type="checkbox"
          name={id}
          checked={answered && chosen.size === 0}
          disabled={disabled || readonly}
          onChange={(event) => change(event.target.checked ? [] : undefined)}
        />
        {t("noneOfThese")}
      </label>
    </fieldset>
  );
}
