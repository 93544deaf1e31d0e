import type { FormInstance } from 'antd';
import { ApiError } from './api';

/**
 * Puts the API's field problems next to the fields of an antd form (`caller.phone` → ['caller', 'phone']); answers
 * the message to show above the form when no field of the form was named.
 */
export function showApiError(form: FormInstance, error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return String(error);
  const known = new Set(
    Object.keys(flatten(form.getFieldsValue(true) as Record<string, unknown>)).concat(
      form.getFieldsError().map((field) => field.name.join('.')),
    ),
  );
  const shown = error.details.filter((detail) => known.has(detail.field));
  form.setFields(shown.map((detail) => ({ name: detail.field.split('.'), errors: detail.problems })));
  return shown.length === error.details.length && shown.length > 0 ? undefined : `${error.status}：${error.message}`;
}

function flatten(value: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value ?? {})) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (inner && typeof inner === 'object' && !Array.isArray(inner))
      Object.assign(out, flatten(inner as Record<string, unknown>, name));
    else out[name] = inner;
  }
  return out;
}
