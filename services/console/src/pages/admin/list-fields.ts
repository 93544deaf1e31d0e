import { ApiError } from '../../lib/api';

/** Lists (areas, categories, keywords …) are typed into one field, separated by commas or 、. */
export const splitList = (value: unknown): string[] =>
  typeof value === 'string'
    ? value
        .split(/[,，、\s]+/)
        .map((part) => part.trim())
        .filter(Boolean)
    : [];

export const joinList = (values: readonly string[] | undefined): string => (values ?? []).join('，');

export const LIST_HINT = '（逗号分隔）';

export const shownList = (values: readonly string[] | undefined) => (values?.length ? values.join('、') : '—');

/**
 * The API names a list's entry (`areas.2`) or a nested field (`contacts.dutyPhone`); the admin forms have one flat
 * field for each: a refusal is renamed to it, so that it shows next to that field.
 */
export async function onFlatFields<T>(
  send: Promise<T>,
  { nested = [], renamed = {} }: { nested?: string[]; renamed?: Record<string, string> } = {},
): Promise<T> {
  try {
    return await send;
  } catch (caught) {
    if (!(caught instanceof ApiError)) throw caught;
    const flat = (field: string) => {
      const withoutIndex = field.replace(/\.\d+$/, '');
      const prefix = nested.find((name) => withoutIndex.startsWith(`${name}.`));
      const name = prefix ? withoutIndex.slice(prefix.length + 1) : withoutIndex;
      return renamed[name] ?? name;
    };
    const details = caught.details.map((detail) => ({ ...detail, field: flat(detail.field) }));
    throw new ApiError(caught.status, caught.message, details);
  }
}
