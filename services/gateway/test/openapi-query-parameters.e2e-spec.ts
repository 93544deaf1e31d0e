// The OpenAPI document of the built gateway lists, for every list route, exactly the query parameters that the
// route's validation class accepts: one source for both. Every path parameter says what it must be, as its check does.
import {
  CallerMisuseFilters,
  AccountabilityFilters,
  CallerReadFilters,
  DeadLetterFilters,
  ContactRequestFilters,
  HotSpotFilters,
  ListArticlesQuery,
  ListJurisdictionsQuery,
  ListTransfersQuery,
  ListUnitsQuery,
  SearchArticlesQuery,
  StaleArticlesQuery,
  UnitTaskFilters,
  WorkOrderFilters,
} from '@hotline/contracts';
import { platformSuite } from '@hotline/testing';
import { validationSchemas } from '../src/openapi/setup-openapi';

type Parameter = {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: { type?: string; format?: string; pattern?: string; enum?: string[] };
};
type Schema = { properties?: Record<string, { maximum?: number }>; required?: string[] };
type Operation = {
  parameters?: Parameter[];
  description?: string;
  requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
};
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

const LIST_ROUTES: Array<[string, { name: string }]> = [
  ['/api/v1/work-orders', WorkOrderFilters],
  ['/api/v1/units', ListUnitsQuery],
  ['/api/v1/knowledge/articles', ListArticlesQuery],
  ['/api/v1/knowledge/search', SearchArticlesQuery],
  ['/api/v1/knowledge/stale', StaleArticlesQuery],
  ['/api/v1/contact-requests', ContactRequestFilters],
  ['/api/v1/admin/caller-reads', CallerReadFilters],
  ['/api/v1/admin/jurisdictions', ListJurisdictionsQuery],
  ['/api/v1/callers/misuse', CallerMisuseFilters],
  ['/api/v1/hot-spots', HotSpotFilters],
  ['/api/v1/accountability', AccountabilityFilters],
  ['/api/v1/linkage/transfers', ListTransfersQuery],
  ['/api/v1/units/me/tasks', UnitTaskFilters],
  ['/api/v1/admin/services/{service}/dead-letters', DeadLetterFilters],
];

describe('query parameters in the OpenAPI document (built gateway)', () => {
  const suite = platformSuite('openapi', { backends: [] });
  let document: Document;

  beforeAll(async () => {
    document = (await (await fetch(`${suite.platform.gatewayUrl}/api/openapi.json`)).json()) as Document;
  });

  it.each(LIST_ROUTES)(
    'GET %s documents every filter of its validation class, required as the class says',
    (path, queryClass) => {
      const schemas = validationSchemas();
      const schema = schemas[queryClass.name];
      const documented = (document.paths[path]?.['get']?.parameters ?? []).filter(
        (parameter) => parameter.in === 'query',
      );
      const expected = Object.keys(schema?.properties ?? {}).map((name) => ({
        name,
        required: schema?.required?.includes(name) ?? false,
      }));
      expect(expected.length).toBeGreaterThan(0);
      expect(
        documented
          .map(({ name, required }) => ({ name, required: required ?? false }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      ).toEqual(expected.sort((a, b) => a.name.localeCompare(b.name)));
    },
  );

  it('documents each path parameter as what its check takes: a uuid, a pattern, a list or a year', () => {
    const undocumented: string[] = [];
    let parameters = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      // GeoReport v2's resource names (`services.json`, `requests/{number}.xml`) are looked up, not checked: 404.
      if (path.startsWith('/open311/')) continue;
      for (const [method, operation] of Object.entries(operations))
        for (const parameter of (operation.parameters ?? []).filter((candidate) => candidate.in === 'path')) {
          parameters += 1;
          const { schema, description } = parameter;
          const said = schema?.format === 'uuid' || schema?.pattern || schema?.enum || schema?.type === 'integer';
          if (!said || !description?.startsWith('must be')) undocumented.push(`${method} ${path} {${parameter.name}}`);
        }
    }
    expect(parameters).toBeGreaterThan(50);
    expect(undocumented).toEqual([]);
    const sign = document.paths['/api/v1/work-orders/{id}/sign']?.['post']?.parameters ?? [];
    expect(sign.filter((parameter) => parameter.in === 'path')).toEqual([
      {
        name: 'id',
        in: 'path',
        required: true,
        description: 'must be a uuid',
        schema: { type: 'string', format: 'uuid' },
      },
    ]);
  });

  /** The schema of a route's JSON body, as the document names it. */
  function bodySchemaOf(method: string, path: string): Schema | undefined {
    const reference = document.paths[path]?.[method]?.requestBody?.content?.['application/json']?.schema?.$ref;
    return reference ? document.components.schemas[reference.split('/').pop()!] : undefined;
  }

  it.each([
    ['/api/v1/work-orders/{id}/extensions/{eid}/decision', ['approve', 'comment']],
    ['/api/v1/work-orders/{id}/appeals/{aid}/decision', ['approve', 'comment']],
    ['/api/v1/work-orders/{id}/returns/{rid}/decision', ['approve', 'coUnitIds', 'comment', 'leadUnitId']],
  ])('POST %s documents the properties of its decision body', (path, properties) => {
    const schema = bodySchemaOf('post', path);
    expect({ properties: Object.keys(schema?.properties ?? {}).sort(), required: schema?.required }).toEqual({
      properties,
      required: ['approve'],
    });
  });

  it('R27.1 documents the body of a misuse flag: its kinds, the note’s and the duration’s bounds', () => {
    const schema = bodySchemaOf('post', '/api/v1/requests/{id}/misuse') as
      | { properties?: Record<string, { enum?: string[]; maxLength?: number; maximum?: number }>; required?: string[] }
      | undefined;
    expect(schema?.properties?.['kind']?.enum).toEqual(['abuse', 'threat', 'long-occupation']);
    expect(schema?.properties?.['note']?.maxLength).toBe(500);
    expect(schema?.properties?.['durationSeconds']?.maximum).toBe(86_400);
    expect(schema?.required?.sort()).toEqual(['kind', 'note']);
  });

  it("R17.2 documents the extension's maximum as the regulation's 5 working days", () => {
    expect(bodySchemaOf('post', '/api/v1/work-orders/{id}/extensions')?.properties?.['workingDays']?.maximum).toBe(5);
  });

  it.each([
    ['post', '/api/v1/requests'],
    ['get', '/api/v1/work-orders/{id}'],
    ['get', '/api/v1/work-orders/{id}/caller'],
  ])('R14.3 %s %s says what each role sees of an anonymous caller', (method, path) => {
    const description = document.paths[path]?.[method]?.description ?? '';
    for (const role of [
      'Operators, reviewers and supervisors',
      'handling units see only `anonymous: true`',
      'admins and partners see no caller',
    ]) {
      expect(description).toContain(role);
    }
  });
});
