// The OpenAPI document of the built gateway lists, for every list route, exactly the query parameters that the
// route's validation class accepts: one source for both.
import {
  CallerReadFilters,
  ContactRequestFilters,
  ListArticlesQuery,
  ListJurisdictionsQuery,
  ListUnitsQuery,
  SearchArticlesQuery,
  StaleArticlesQuery,
  WorkOrderFilters,
} from '@hotline/contracts';
import { createTestEnvironment, eventually, freePort, RunningService, startBuiltService, stopService, TestEnvironment } from '@hotline/testing';
import { validationSchemas } from '../src/openapi/setup-openapi';

type Parameter = { name: string; in: string; required?: boolean };
type Document = { paths: Record<string, Record<string, { parameters?: Parameter[] }>> };

const LIST_ROUTES: Array<[string, { name: string }]> = [
  ['/api/v1/work-orders', WorkOrderFilters],
  ['/api/v1/units', ListUnitsQuery],
  ['/api/v1/knowledge/articles', ListArticlesQuery],
  ['/api/v1/knowledge/search', SearchArticlesQuery],
  ['/api/v1/knowledge/stale', StaleArticlesQuery],
  ['/api/v1/contact-requests', ContactRequestFilters],
  ['/api/v1/admin/caller-reads', CallerReadFilters],
  ['/api/v1/admin/jurisdictions', ListJurisdictionsQuery],
];

describe('query parameters in the OpenAPI document (built gateway)', () => {
  let environment: TestEnvironment;
  let gateway: RunningService;
  let document: Document;

  beforeAll(async () => {
    environment = await createTestEnvironment('openapi');
    const port = await freePort();
    gateway = startBuiltService('gateway', { ...environment.env, PORT: String(port) });
    document = await eventually(
      () => fetch(`http://127.0.0.1:${port}/api/openapi.json`).then((response) => (response.ok ? (response.json() as Promise<Document>) : undefined), () => undefined),
      (value) => value !== undefined,
      30_000,
    ) as Document;
  });

  afterAll(async () => {
    if (gateway) await stopService(gateway, 'SIGTERM', 5_000);
    await environment?.teardown();
  });

  it.each(LIST_ROUTES)('GET %s documents every filter of its validation class, required as the class says', (path, queryClass) => {
    const schemas = validationSchemas();
    const schema = schemas[queryClass.name];
    const documented = (document.paths[path]?.['get']?.parameters ?? []).filter((parameter) => parameter.in === 'query');
    const expected = Object.keys(schema?.properties ?? {}).map((name) => ({ name, required: schema?.required?.includes(name) ?? false }));
    expect(expected.length).toBeGreaterThan(0);
    expect(documented.map(({ name, required }) => ({ name, required: required ?? false })).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      expected.sort((a, b) => a.name.localeCompare(b.name)),
    );
  });
});
