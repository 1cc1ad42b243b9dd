import type { MessageKey, Translate } from "./i18n";

// The API's codes as a reader says them.
const cycleStates: Record<string, MessageKey> = {
  draft: "cycleDraft",
  open: "cycleOpen",
  closing: "cycleClosing",
  synthesising: "cycleSynthesising",
  synthesised: "cycleSynthesised",
  "synthesis-failed": "cycleSynthesisFailed",
};

const responseStates: Record<string, MessageKey> = {
  "not-started": "responseNotStarted",
  draft: "responseDraft",
  submitted: "responseSubmitted",
  withdrawn: "responseWithdrawn",
};

const kinds: Record<string, MessageKey> = {
  "member-state": "kindMemberState",
  organisation: "kindOrganisation",
  "other-stakeholder": "kindOtherStakeholder",
};

const regions: Record<string, MessageKey> = {
  africa: "regionAfrica",
  americas: "regionAmericas",
  asia: "regionAsia",
  europe: "regionEurope",
  oceania: "regionOceania",
};

export const regionName = (code: string, t: Translate) => name(regions, code, t);
export const cycleStateName = (code: string, t: Translate) => name(cycleStates, code, t);
export const responseStateName = (code: string, t: Translate) => name(responseStates, code, t);
export const kindName = (code: string, t: Translate) => name(kinds, code, t);

function name(names: Record<string, MessageKey>, code: string, t: Translate): string {
  return code in names ? t(names[code]) : code;
}
