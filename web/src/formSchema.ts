import type { RJSFSchema } from "@rjsf/utils";
import type { JsonObject } from "./api";

/** A questionnaire version as the form shows it, and the titles of every enumerated id. */
export interface FormModel {
  schema: RJSFSchema;
  titles: Record<string, string>;
  levels: Record<string, string>;
}

/**
 * Prepares a bundled questionnaire version for the form. The questionnaires keep choice titles in
 * x-enumTitles (and issue levels in x-enumLevels), which no form library reads, so every enumerated
 * choice whose ids have titles becomes a oneOf of titled one-value enums: the same set of valid
 * answers in the standard form libraries render as labels. The envelope (which questionnaire and
 * version) is filled by the page, not asked.
 */
export function formModel(bundle: JsonObject): FormModel {
  const schema = structuredClone(bundle) as JsonObject;
  const titles: Record<string, string> = {};
  const levels: Record<string, string> = {};
  collect(schema, titles, levels);
  titleChoices(schema, titles);
  const properties = schema.properties as JsonObject | undefined;
  delete properties?.questionnaire;
  schema.required = ((schema.required as string[] | undefined) ?? []).filter((name) => name !== "questionnaire");
  return { schema: schema as RJSFSchema, titles, levels };
}

function collect(node: unknown, titles: Record<string, string>, levels: Record<string, string>): void {
  if (Array.isArray(node)) {
    node.forEach((item) => collect(item, titles, levels));
  } else if (isObject(node)) {
    Object.assign(titles, node["x-enumTitles"] ?? {});
    Object.assign(levels, node["x-enumLevels"] ?? {});
    Object.values(node).forEach((child) => collect(child, titles, levels));
  }
}

function titleChoices(node: unknown, titles: Record<string, string>): void {
  if (Array.isArray(node)) {
    node.forEach((item) => titleChoices(item, titles));
    return;
  }
  if (!isObject(node)) {
    return;
  }
  const choices = node.enum;
  if (Array.isArray(choices) && choices.length > 1 && choices.every((id) => typeof id === "string" && id in titles)) {
    node.oneOf = choices.map((id: string) => ({ enum: [id], title: titles[id] }));
    delete node.enum;
  }
  Object.values(node).forEach((child) => titleChoices(child, titles));
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
