/** Problem details (RFC 9457) as the API writes them: a stable code, and errors by JSON pointer. */
export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  code?: string;
  errors?: Record<string, string[]>;
  currentETag?: string;
}

export type Reply<T> =
  | { ok: true; status: number; data: T; etag: string | null; headers: Headers }
  | { ok: false; status: number; problem: Problem };

export interface QuestionnaireRef {
  id: string;
  version: string;
}

export interface CallerView {
  role: "secretariat" | "respondent";
  name: string;
  respondentId: string | null;
  kind: string | null;
}

export interface RespondentCycle {
  cycleId: string;
  state: string;
  opensAt: string;
  closesAt: string;
  acceptingAnswers: boolean;
  questionnaire: QuestionnaireRef;
  revision: number | null;
  lastStoredAt: string | null;
  responseState: string | null;
}

export interface CycleStatus {
  cycleId: string;
  state: string;
  opensAt: string;
  closesAt: string;
  closedAt: string | null;
  synthesis: { state: string; outputs?: string[] | null; reason?: string | null } & Record<string, unknown>;
}

export interface CycleListing {
  cycles: CycleStatus[] | null;
  respondentCycles: RespondentCycle[] | null;
}

export interface ResponseReceipt {
  cycleId: string;
  respondentId: string;
  questionnaire: QuestionnaireRef;
  revision: number;
  sha256: string;
  size: number;
  storedAt: string;
  etag: string;
  state: string;
}

export interface Attachment {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
}

export interface RespondentProgress {
  respondentId: string;
  displayName: string;
  kind: string;
  region: string | null;
  state: "not-started" | "draft" | "submitted" | "withdrawn";
  revision: number | null;
  lastChangedAt: string | null;
}

export interface IssuedToken {
  tokenId: string;
  token: string;
  respondentId: string | null;
  expiresAt: string;
  invitationLink: string | null;
}

export type JsonObject = Record<string, unknown>;

/** The API as this app uses it; every call names a documented route. */
export class Api {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string | null,
  ) {}

  caller = () => this.call<CallerView>("GET", "/caller");
  cycles = () => this.call<CycleListing>("GET", "/cycles");
  cycle = (cycleId: string) => this.call<CycleStatus>("GET", `/cycles/${enc(cycleId)}`);
  questionnaire = (q: QuestionnaireRef) =>
    this.call<JsonObject>("GET", `/questionnaires/${enc(q.id)}/versions/${enc(q.version)}?bundle=true`);
  layout = (q: QuestionnaireRef) => this.call<JsonObject>("GET", `/questionnaires/${enc(q.id)}/versions/${enc(q.version)}/layout`);
  response = (cycleId: string, respondentId: string) => this.call<JsonObject>("GET", responsePath(cycleId, respondentId));
  saveDraft = (cycleId: string, respondentId: string, answer: JsonObject, etag: string | null) =>
    this.call<ResponseReceipt>("PUT", `${responsePath(cycleId, respondentId)}/draft`, answer, preconditions(etag));
  submit = (cycleId: string, respondentId: string, answer: JsonObject, etag: string | null) =>
    this.call<ResponseReceipt>("PUT", responsePath(cycleId, respondentId), answer, preconditions(etag));
  withdraw = (cycleId: string, respondentId: string, etag: string) =>
    this.call<ResponseReceipt>("POST", `${responsePath(cycleId, respondentId)}/withdrawal`, undefined, preconditions(etag));
  progress = (cycleId: string) => this.call<{ respondents: RespondentProgress[] }>("GET", `/cycles/${enc(cycleId)}/respondents`);
  issueToken = (respondentId: string) => this.call<IssuedToken>("POST", `/respondents/${enc(respondentId)}/tokens`);
  closeCycle = (cycleId: string) => this.call<unknown>("POST", `/cycles/${enc(cycleId)}/close`);

  /** An output of the synthesis, as a file (the report, the CSV, the JSON). */
  async output(cycleId: string, name: string): Promise<Blob | Problem> {
    const reply = await fetch(`${this.baseUrl}/cycles/${enc(cycleId)}/synthesis/${enc(name)}`, { headers: this.headers() });
    return reply.ok ? await reply.blob() : await problemOf(reply);
  }

  /** Uploads a file, reporting progress; fetch cannot report an upload's progress, XMLHttpRequest can. */
  uploadAttachment(cycleId: string, respondentId: string, file: File, onProgress: (fraction: number) => void): Promise<Reply<Attachment>> {
    return new Promise((resolve) => {
      const request = new XMLHttpRequest();
      request.open("POST", `${this.baseUrl}${responsePath(cycleId, respondentId)}/attachments`);
      for (const [name, value] of Object.entries(this.headers())) {
        request.setRequestHeader(name, value);
      }
      request.setRequestHeader("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
      request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
      request.onload = () => {
        const body = parse(request.responseText);
        resolve(
          request.status < 300
            ? { ok: true, status: request.status, data: body as Attachment, etag: null, headers: new Headers() }
            : { ok: false, status: request.status, problem: { status: request.status, ...(body as object) } },
        );
      };
      request.onerror = () => resolve({ ok: false, status: 0, problem: networkProblem });
      request.send(file);
    });
  }

  private headers(): Record<string, string> {
    return this.token ? { Authorization: `Bearer ${this.token}` } : {};
  }

  private async call<T>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...this.headers(), ...extra };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
    }
    let reply: Response;
    try {
      reply = await fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: "no-store" });
    } catch {
      return { ok: false, status: 0, problem: networkProblem };
    }
    if (!reply.ok) {
      return { ok: false, status: reply.status, problem: await problemOf(reply) };
    }
    const text = await reply.text();
    return { ok: true, status: reply.status, data: (text ? JSON.parse(text) : null) as T, etag: reply.headers.get("ETag"), headers: reply.headers };
  }
}

const networkProblem: Problem = { status: 0, code: "network", title: "The server could not be reached. Check your connection and try again." };

function preconditions(etag: string | null): Record<string, string> {
  return { ...(etag ? { "If-Match": etag } : { "If-None-Match": "*" }), "Idempotency-Key": crypto.randomUUID() };
}

function responsePath(cycleId: string, respondentId: string): string {
  return `/cycles/${enc(cycleId)}/responses/${enc(respondentId)}`;
}

function enc(value: string): string {
  return encodeURIComponent(value);
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

async function problemOf(reply: Response): Promise<Problem> {
  return { status: reply.status, ...(parse(await reply.text()) as object) };
}
