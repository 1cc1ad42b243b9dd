import type { Api } from "./api";

/** What the custom widgets and fields need beyond their own props. */
export interface FormContext {
  titles: Record<string, string>;
  levels: Record<string, string>;
  api: Api;
  cycleId: string;
  respondentId: string;
}
