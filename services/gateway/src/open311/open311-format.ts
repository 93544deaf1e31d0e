import { NotFoundException } from '@nestjs/common';

export type Open311Format = 'json' | 'xml';

/** `requests.json` → { name: 'requests', format: 'json' }; any other extension is not a GeoReport v2 resource. */
export function splitFormat(file: string): { name: string; format: Open311Format } {
  const match = /^(.+)\.(json|xml)$/.exec(file);
  if (!match) throw new NotFoundException(`${file}: GeoReport v2 resources end in .json or .xml`);
  return { name: match[1], format: match[2] as Open311Format };
}

export function formatOfPath(path: string): Open311Format {
  return /\.xml(\?|$)/.test(path) ? 'xml' : 'json';
}

export const CONTENT_TYPES: Readonly<Record<Open311Format, string>> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};
