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

const channels: Record<string, MessageKey> = {
  written: "channelWritten",
  oral: "channelOral",
  informal: "channelInformal",
};

const groups: Record<string, MessageKey> = {
  governments: "groupGovernments",
  "intergovernmental-and-international-organisations": "groupIntergovernmental",
  "civil-society": "groupCivilSociety",
  "private-sector": "groupPrivateSector",
  "technical-and-academic-community": "groupTechnicalAndAcademic",
};

/** The channels and stakeholder groups a contribution outside the questionnaire can have, in the order the report shows them. */
export const contributionChannels = Object.keys(channels);
export const stakeholderGroups = Object.keys(groups);

export const channelName = (code: string, t: Translate) => name(channels, code, t);
export const groupName = (code: string, t: Translate) => name(groups, code, t);
export const regionName = (code: string, t: Translate) => name(regions, code, t);
export const cycleStateName = (code: string, t: Translate) => name(cycleStates, code, t);
export const responseStateName = (code: string, t: Translate) => name(responseStates, code, t);
export const kindName = (code: string, t: Translate) => name(kinds, code, t);

function name(names: Record<string, MessageKey>, code: string, t: Translate): string {
  return code in names ? t(names[code]) : code;
}
