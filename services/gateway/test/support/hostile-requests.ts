// Hostile requests generated from an OpenAPI document: for every route, each class of hostile value in each path
// parameter, query parameter and body property, and in the body as a whole.

export type Schema = {
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  $ref?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  pattern?: string;
  oneOf?: Schema[];
};
type Parameter = { name: string; in: 'path' | 'query' | 'header'; schema?: Schema };
type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } };
export type OpenApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

export interface SweepRequest {
  method: string;
  /** the route as the document names it, e.g. /api/v1/work-orders/{id} */
  route: string;
  url: string;
  body?: string;
  contentType?: string;
  /** the class of hostile value sent */
  hostile: string;
  /** the parameter or body property it was put in, which a 400 must name */
  field?: string;
  /** a state-changing method: a 2xx to a hostile value is a fault */
  mutates: boolean;
  /** a value the platform must take as the JSON standard reads it (prototype keys dropped, the last duplicate key) */
  legitimate?: boolean;
  expect415?: boolean;
}

export interface Sweep {
  routes: number;
  routesCovered: number;
  hostileClasses: string[];
  requests: SweepRequest[];
}

const LONG = 100_000;
/** URLs longer than the HTTP server's 16 kB header limit are refused before the platform sees them. */
const LONG_IN_URL = 8_000;
const DEEP = 10_000;
/** Stands in a body for a 10,000-deep object, spliced into the JSON text (JSON.stringify would recurse that deep). */
const DEEP_MARK = '\u0001deep';
const DEEP_OBJECT = '{"a":'.repeat(DEEP) + '1' + '}'.repeat(DEEP);

/** Values that are wrong wherever text is expected. */
const TEXT_VALUES: Array<[string, unknown]> = [
  ['NUL', 'a\u0000b'],
  ['lone surrogate', 'a\ud800b'],
  ['zero-width only', '\u200b\u200c\ufeff'],
  ['100 kB string', 'x'.repeat(LONG)],
  ['number for text', 42],
  ['array for text', ['x']],
  ['object for text', { $ne: 1 }],
  ['null', null],
];
const INTEGER_VALUES: Array<[string, unknown]> = [
  ['huge number', 1e308],
  ['negative number', -1],
  ['non-integer', 1.5],
  ['text for number', '1'],
  ['array for number', [1]],
];
const NUMBER_VALUES: Array<[string, unknown]> = [
  ['huge number', 1e308],
  ['text for number', 'NaN'],
  ['object for number', {}],
];
const BOOLEAN_VALUES: Array<[string, unknown]> = [
  ['text for boolean', 'yes'],
  ['number for boolean', 1],
];
const OBJECT_VALUES: Array<[string, unknown]> = [
  ['array for object', [{}]],
  ['text for object', 'x'],
  ['deep nesting', DEEP_MARK],
];
const ARRAY_VALUES: Array<[string, unknown]> = [
  ['object for array', { 0: 'x' }],
  ['text for array', 'x'],
  ['array of NUL', ['a\u0000b']],
];
const URL_VALUES: Array<[string, string]> = [
  ['NUL', '%00'],
  ['lone surrogate', '%ED%A0%80'],
  ['zero-width only', '%E2%80%8B'],
  ['8 kB string', 'x'.repeat(LONG_IN_URL)],
  ['SQL', encodeURIComponent("' OR 1=1 --")],
  ['negative number', '-1'],
  ['non-integer', '1.5'],
  ['huge number', '1e308'],
  ['path traversal', '..%2F..%2Fetc%2Fpasswd'],
];
/** Wrong where a value is required; where it is optional, null and blank text mean "not given". */
const ABSENT_VALUES = new Set(['null', 'zero-width only']);
const DATE_VALUES: Array<[string, unknown]> = [
  ['NUL', '2026-11-03\u0000'],
  ['impossible date', '2026-13-45T25:61:00+08:00'],
  ['number for text', 42],
  ['array for text', ['2026-11-03']],
  ['null', null],
];
/** Ordinary values for patterned text: the first that the pattern accepts is used. */
const PATTERNED_SAMPLES = ['xt-yuhu', '2027-01-01', '2026-11', '13812345678', 'XT20261125000123', 'a'];
const LEGITIMATE_BODIES = new Set(['__proto__ key', 'constructor key', 'duplicate keys']);
const WRONG_CONTENT_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'application/xml'];

export function hostileRequestsOf(document: OpenApiDocument, anId: () => string): Sweep {
  const requests: SweepRequest[] = [];
  const covered = new Set<string>();
  let routes = 0;
  for (const [route, operations] of Object.entries(document.paths)) {
    for (const [lowerMethod, operation] of Object.entries(operations)) {
      routes += 1;
      const method = lowerMethod.toUpperCase();
      const generated = requestsOfRoute(document, route, method, operation, anId);
      if (generated.length > 0) covered.add(`${method} ${route}`);
      requests.push(...generated);
    }
  }
  const hostileClasses = [...new Set(requests.map((request) => request.hostile))];
  return { routes, routesCovered: covered.size, hostileClasses, requests };
}

function requestsOfRoute(
  document: OpenApiDocument,
  route: string,
  method: string,
  operation: Operation,
  anId: () => string,
): SweepRequest[] {
  const mutates = method !== 'GET';
  const pathParameters = [...route.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
  const bodySchema = resolve(document, operation.requestBody?.content?.['application/json']?.schema);
  const skeleton = bodySchema ? skeletonOf(document, bodySchema) : undefined;
  const plainBody = skeleton ? JSON.stringify(skeleton) : undefined;
  // A path parameter the body repeats (PUT /units/{id} with its id) takes the body's value.
  const plainPathValue = (name: string) =>
    typeof skeleton?.[name] === 'string' ? (skeleton[name] as string) : plainValueOf(name, anId);
  const plainPath = (override?: [string, string]) =>
    route.replace(/\{([^}]+)\}/g, (_, name: string) =>
      override && override[0] === name ? override[1] : plainPathValue(name),
    );
  const base = {
    method,
    route,
    mutates,
    ...(plainBody === undefined ? {} : { body: plainBody, contentType: 'application/json' }),
  };
  const requests: SweepRequest[] = [];

  for (const name of pathParameters) {
    for (const [hostile, value] of URL_VALUES)
      requests.push({ ...base, url: plainPath([name, value]), hostile, field: name });
  }
  const queryParameters = (operation.parameters ?? []).filter((candidate) => candidate.in === 'query');
  for (const parameter of queryParameters) {
    const others = queryParameters
      .filter((other) => other !== parameter && (other as { required?: boolean }).required)
      .map(
        (other) =>
          `&${other.name}=${encodeURIComponent(String(ordinaryValue(document, other.name, other.schema ?? {})))}`,
      )
      .join('');
    const path = plainPath();
    for (const [hostile, value] of URL_VALUES)
      requests.push({ ...base, url: `${path}?${parameter.name}=${value}${others}`, hostile, field: parameter.name });
    requests.push({
      ...base,
      url: `${path}?${parameter.name}=a&${parameter.name}=b${others}`,
      hostile: 'array for a single value',
      field: undefined,
    });
  }
  if (bodySchema && plainBody !== undefined) {
    const url = plainPath();
    for (const [field, schema, required] of propertiesOf(document, bodySchema)) {
      for (const [hostile, value] of valuesFor(schema).filter(([name]) => required || !ABSENT_VALUES.has(name))) {
        const body = JSON.stringify(withValue(JSON.parse(plainBody), field, value)).replace(
          JSON.stringify(DEEP_MARK),
          DEEP_OBJECT,
        );
        requests.push({ ...base, url, body, hostile, field });
      }
    }
    for (const [hostile, body] of wholeBodies(bodySchema))
      requests.push({ ...base, url, body, hostile, field: undefined, legitimate: LEGITIMATE_BODIES.has(hostile) });
    for (const contentType of WRONG_CONTENT_TYPES) {
      requests.push({
        ...base,
        url,
        body: contentType.includes('form') ? 'content=x&channel=phone' : plainBody,
        contentType,
        hostile: 'wrong content type',
        field: undefined,
        expect415: true,
      });
    }
  }
  if (requests.length === 0)
    requests.push({ ...base, url: plainPath(), hostile: 'no parameter to corrupt', field: undefined, mutates: false });
  return requests;
}

/** A path parameter's ordinary value: routes are reached with ids that name nothing. */
function plainValueOf(name: string, anId: () => string): string {
  if (name === 'year') return '2026';
  if (name === 'service') return 'intake';
  // the id of a pending request (return, extension, reply, appeal) is the one its request answered: '<work order id>:<version>'
  if (['rid', 'eid', 'aid'].includes(name)) return `${anId()}:2`;
  if (name === 'code' || name === 'partner') return 'sweep-nobody';
  return anId();
}

function wholeBodies(schema: Schema): Array<[string, string]> {
  return [
    ...((schema.required ?? []).length > 0 ? [['missing required fields', '{}'] as [string, string]] : []),
    ['array for object', '[]'],
    ['text for object', '"text"'],
    ['malformed JSON', '{"a":'],
    ['deep nesting', DEEP_OBJECT],
    ['deep array nesting', '['.repeat(50_000) + ']'.repeat(50_000)],
    ['__proto__ key', '{"__proto__":{"polluted":true}}'],
    ['constructor key', '{"constructor":{"prototype":{"polluted":true}}}'],
    ['duplicate keys', '{"a":1,"a":{"b":2}}'],
  ];
}

function valuesFor(schema: Schema): Array<[string, unknown]> {
  if (isDate(schema)) return DATE_VALUES;
  if (schema.enum)
    return [
      ['value outside the list', 'not-in-the-list'],
      ...TEXT_VALUES.filter(([name]) => name !== 'zero-width only'),
    ];
  switch (schema.type) {
    case 'string':
      return TEXT_VALUES;
    case 'integer':
      return INTEGER_VALUES;
    case 'number':
      return NUMBER_VALUES;
    case 'boolean':
      return BOOLEAN_VALUES;
    case 'array':
      return ARRAY_VALUES;
    default:
      return OBJECT_VALUES;
  }
}

/** Every property of a body, nested objects included, as [dotted path, schema, required]. */
function propertiesOf(
  document: OpenApiDocument,
  schema: Schema,
  prefix = '',
  depth = 0,
): Array<[string, Schema, boolean]> {
  return Object.entries(schema.properties ?? {}).flatMap(([name, raw]) => {
    const property = resolve(document, raw) ?? {};
    const path = prefix ? `${prefix}.${name}` : name;
    const required = schema.required?.includes(name) ?? false;
    const nestedProperties = property.properties && depth < 2 ? propertiesOf(document, property, path, depth + 1) : [];
    return [[path, property, required] as [string, Schema, boolean], ...nestedProperties];
  });
}

function isDate(schema: Schema): boolean {
  return [schema, ...(schema.oneOf ?? [])].some(
    (candidate) => candidate.format === 'date' || candidate.format === 'date-time',
  );
}

/**
 * A plausible body: each required property with an ordinary value (and the lead unit and title, which some bodies need
 * without the schema saying so), so that one corrupted field stands out.
 */
function skeletonOf(document: OpenApiDocument, schema: Schema): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const needed = [...(schema.required ?? []), ...['leadUnitId', 'title'].filter((name) => schema.properties?.[name])];
  for (const name of needed) {
    const property = resolve(document, schema.properties?.[name]) ?? {};
    body[name] = ordinaryValue(document, name, property);
  }
  return body;
}

function ordinaryValue(document: OpenApiDocument, name: string, schema: Schema): unknown {
  if (schema.enum) return schema.enum[0];
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern);
    return PATTERNED_SAMPLES.find((sample) => pattern.test(sample)) ?? 'a';
  }
  if (isDate(schema)) return '2026-11-03T14:00:00+08:00';
  switch (schema.type) {
    case 'string':
      return '正常的文字';
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () =>
        ordinaryValue(document, name, resolve(document, schema.items) ?? {}),
      );
    default:
      return schema.properties ? skeletonOf(document, schema) : {};
  }
}

function withValue(body: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const names = path.split('.');
  const last = names.pop() ?? path;
  let target = body;
  for (const name of names) {
    if (typeof target[name] !== 'object' || target[name] === null) target[name] = {};
    target = target[name] as Record<string, unknown>;
  }
  target[last] = value;
  return body;
}

function resolve(document: OpenApiDocument, schema: Schema | undefined): Schema | undefined {
  if (!schema?.$ref) return schema;
  return resolve(document, document.components?.schemas?.[schema.$ref.split('/').pop() ?? '']);
}
