/** A refused input's field (its path, `location.address`) and what is wrong with it. */
export interface FieldProblem {
  field: string;
  problems: string[];
}

/** Deeper than any body of the API (a request is 3 levels); refused before validation recurses into it. */
export const MAX_INPUT_DEPTH = 32;

/** Keys that name an object's prototype machinery: dropped, so that they never reach a class or a prototype. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** White space, and format characters (zero-width space, joiners, direction marks), which show nothing. */
const BLANK = /^[\s\p{Cf}]*$/u;

/** Why a text cannot be stored as sent, if it cannot: Postgres refuses NUL, and UTF-8 has no lone surrogate. */
export function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain a NUL character';
  if (UNPAIRED_SURROGATE.test(text)) return 'must be valid Unicode (it holds an unpaired surrogate)';
  return undefined;
}

/**
 * The one input boundary of HTTP bodies, query strings, path parameters and NATS messages. It walks the value
 * without recursion, so that depth cannot overflow the stack, and:
 * - refuses text that cannot be stored as sent (NUL, unpaired surrogates), in values and in keys;
 * - refuses nesting deeper than `MAX_INPUT_DEPTH`;
 * - drops `__proto__`, `constructor` and `prototype` keys;
 * - turns text that shows nothing (white space and format characters only) into '', so that a required text
 *   field refuses it as empty.
 * Answers the first problem with the field's path, or undefined; the value is changed in place.
 */
export function inspectInput(value: unknown, root: string): FieldProblem | undefined {
  if (typeof value === 'string') return stringProblem(value, root);
  const pending: Array<{ node: object; path: string; depth: number }> = [];
  if (isContainer(value)) pending.push({ node: value, path: root, depth: 1 });
  while (pending.length > 0) {
    const { node, path, depth } = pending.pop() as (typeof pending)[number];
    if (depth > MAX_INPUT_DEPTH)
      return { field: path || 'body', problems: [`must not nest deeper than ${MAX_INPUT_DEPTH} levels`] };
    for (const key of Object.keys(node)) {
      const field = path ? `${path}.${key}` : key;
      const keyProblem = textProblem(key);
      if (keyProblem) return { field: path || 'body', problems: [`a key ${keyProblem}`] };
      if (PROTOTYPE_KEYS.has(key)) {
        delete (node as Record<string, unknown>)[key];
        continue;
      }
      const child = (node as Record<string, unknown>)[key];
      if (typeof child === 'string') {
        const problem = stringProblem(child, field);
        if (problem) return problem;
        if (BLANK.test(child)) (node as Record<string, unknown>)[key] = '';
      } else if (isContainer(child)) {
        pending.push({ node: child, path: field, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

function stringProblem(text: string, field: string): FieldProblem | undefined {
  const problem = textProblem(text);
  return problem ? { field: field || 'value', problems: [problem] } : undefined;
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** Whether a whole text shows nothing: '' after the boundary, but also for values that did not pass it. */
export function isBlankText(text: string): boolean {
  return BLANK.test(text);
}
