import { currentSession, saveSession } from './session';

export interface FieldProblem {
  field: string;
  problems: string[];
}

/** An answer of the API that is no success: its words, and the fields it names (400). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: FieldProblem[] = [],
  ) {
    super(message);
  }

  /** the problems of one field, joined for display next to it */
  fieldMessage(field: string): string | undefined {
    const found = this.details.filter((detail) => detail.field === field || detail.field.startsWith(`${field}.`));
    return found.length > 0 ? found.flatMap((detail) => detail.problems).join('；') : undefined;
  }
}

export type Query = Record<string, string | number | boolean | undefined>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** Calls the public API as the signed-in user; a 401 signs out. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const session = currentSession();
  const headers: Record<string, string> = {};
  if (session) headers['Authorization'] = `Bearer ${session.token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const parsed = text ? safeJson(text) : undefined;
  if (!response.ok) {
    if (response.status === 401 && session) saveSession(undefined);
    const problem = (parsed ?? {}) as { message?: unknown; details?: unknown };
    const message = Array.isArray(problem.message) ? problem.message.join('；') : String(problem.message ?? text);
    // details name fields on a 400; a refused step's 409 carries the order's state there instead
    const details = Array.isArray(problem.details) ? problem.details.filter(isFieldProblem) : [];
    throw new ApiError(response.status, message || response.statusText, details);
  }
  return parsed as T;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  const candidate = value as FieldProblem;
  return typeof candidate?.field === 'string' && Array.isArray(candidate.problems);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A failure as the console shows it: the platform's status and message, or the error's own text. */
export function failureText(caught: unknown): string {
  return caught instanceof ApiError ? `${caught.status}：${caught.message}` : String(caught);
}

/** An error's own words: an API's refusal without the status that failureText puts before it. */
export function errorMessage(caught: unknown): string {
  return caught instanceof Error ? caught.message : String(caught);
}

export const get = <T>(path: string, query?: Query) => api<T>('GET', withQuery(path, query));
export const post = <T>(path: string, body: unknown = {}) => api<T>('POST', path, body);
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, body);

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}
