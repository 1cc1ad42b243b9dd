// A client's write flow against the client openapi-typescript generates from the served document
// (api.ts, written beside this file by TypedClientTests), through openapi-fetch. It is compiled with
// tsc --strict and never run: that it compiles is what the test asserts, and each @ts-expect-error
// asserts the client refuses what the API refuses, so a document that types everything loosely fails too.
import createClient from "openapi-fetch";
import type { components, paths } from "./api";

type Answer = components["schemas"]["Answer"];
type Problem = components["schemas"]["Problem"];

export async function answerAsInvited(baseUrl: string, secretariatToken: string, cycleId: string, respondentId: string, answer: Answer): Promise<number> {
  const secretariat = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${secretariatToken}` } });

  // The secretariat registers the respondent and issues its token.
  const registered = await secretariat.PUT("/api/respondents/{respondentId}", {
    params: { path: { respondentId } },
    body: { kind: "other-stakeholder", stakeholderGroup: "civil-society", displayName: "Association for Progressive Communications" },
  });
  if (registered.error) {
    throw new Error(describe(registered.error));
  }

  const issued = await secretariat.POST("/api/respondents/{respondentId}/tokens", { params: { path: { respondentId } } });
  if (!issued.data) {
    throw new Error(describe(issued.error));
  }

  // The respondent saves a draft, creating its response, safe to retry with its key...
  const respondent = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${issued.data.token}` } });
  const path = { cycleId, respondentId };
  const draft = await respondent.PUT("/api/cycles/{cycleId}/responses/{respondentId}/draft", {
    params: { path, header: { "If-None-Match": "*", "Idempotency-Key": crypto.randomUUID() } },
    body: answer,
  });
  if (!draft.data) {
    throw new Error(describe(draft.error));
  }

  // ...submits it, made from that draft...
  const submitted = await respondent.PUT("/api/cycles/{cycleId}/responses/{respondentId}", {
    params: { path, header: { "If-Match": draft.response.headers.get("ETag") ?? draft.data.eTag, "Idempotency-Key": crypto.randomUUID() } },
    body: answer,
  });
  if (!submitted.data) {
    const problem: Problem = submitted.error;
    const located: Record<string, string[]> = problem.errors ?? {};
    throw new Error(`${describe(problem)} ${JSON.stringify(located)}`);
  }

  // ...reads it back, and withdraws it from the ETag it read.
  const read = await respondent.GET("/api/cycles/{cycleId}/responses/{respondentId}", { params: { path } });
  const stored: Answer | undefined = read.data;
  const version: string | undefined = stored?.questionnaire.version;
  const revision: number = submitted.data.revision;
  const history = await respondent.GET("/api/cycles/{cycleId}/responses/{respondentId}/revisions/{revision}", {
    params: { path: { ...path, revision } },
  });
  const withdrawn = await respondent.POST("/api/cycles/{cycleId}/responses/{respondentId}/withdrawal", {
    params: { path, header: { "If-Match": read.response.headers.get("ETag") ?? "" } },
  });

  // @ts-expect-error a write takes an answer, which names its questionnaire version
  await respondent.PUT("/api/cycles/{cycleId}/responses/{respondentId}", { params: { path }, body: { answers: {} } });
  // @ts-expect-error a revision is a number
  await respondent.GET("/api/cycles/{cycleId}/responses/{respondentId}/revisions/{revision}", { params: { path: { ...path, revision: "1" } } });
  // @ts-expect-error a withdrawal has no body
  await respondent.POST("/api/cycles/{cycleId}/responses/{respondentId}/withdrawal", { params: { path }, body: answer });

  return history.data && version && withdrawn.data ? withdrawn.data.revision : revision;
}

function describe(problem: Problem | undefined): string {
  return problem ? `${problem.status} ${problem.code}: ${problem.detail ?? problem.title}` : "no problem body";
}
