/** Element names of the items of a list, by the list's element name (GeoReport v2 XML). */
export type XmlItemNames = Readonly<Record<string, string>>;

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character] ?? character,
  );
}

/** XML 1.0 forbids most control characters even escaped: they are dropped. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

function element(name: string, value: unknown, items: XmlItemNames): string {
  if (value === undefined) return '';
  if (value === null || value === '') return `<${name}/>`;
  if (Array.isArray(value)) {
    const item = items[name] ?? 'item';
    return `<${name}>${value.map((entry) => element(item, entry, items)).join('')}</${name}>`;
  }
  if (value instanceof Date) return `<${name}>${value.toISOString()}</${name}>`;
  if (typeof value === 'object') {
    const children = Object.entries(value as Record<string, unknown>).map(([key, child]) => element(key, child, items));
    return `<${name}>${children.join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(printable(String(value)))}</${name}>`;
}

/**
 * A small XML writer for the GeoReport v2 documents: objects become elements, arrays repeat their item element
 * (`services` → `service`), `undefined` is left out and `null` is an empty element.
 */
export function toXml(root: string, value: unknown, items: XmlItemNames = {}): string {
  return `<?xml version="1.0" encoding="utf-8"?>${element(root, value, items)}`;
}
