// Every text a client may send has a documented maximum length, and every list a documented maximum size: the
// OpenAPI document shows the same limits that the gateway's validation enforces (both come from the same classes).
import '@hotline/contracts';
import { validationSchemas } from './setup-openapi';

type Property = {
  type?: string;
  maxLength?: number;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  maxItems?: number;
  items?: Property;
  $ref?: string;
};

/**
 * Classes the platform writes itself rather than takes from a client: event payloads and their envelope, and the actor
 * the gateway makes from a verified token. They are bounded by what they were made from.
 */
const WRITTEN_BY_THE_PLATFORM = /Payload$|^EventEnvelope$|^WorkOrderRequest(Location)?$|^Actor$/;

/** Every property of every validation class a client's request is checked against, as "Class.property". */
function propertiesOfAllClasses(): Array<[string, Property]> {
  const requestClasses = Object.entries(validationSchemas()).filter(([name]) => !WRITTEN_BY_THE_PLATFORM.test(name));
  return requestClasses.flatMap(([name, schema]) =>
    Object.entries((schema.properties ?? {}) as Record<string, Property>).map(
      ([property, value]) => [`${name}.${property}`, value] as [string, Property],
    ),
  );
}

/** A string is bounded by a maximum length, a closed list, a pattern with its own bounds, or a format. */
function isBoundedText(property: Property): boolean {
  return (
    property.maxLength !== undefined ||
    property.enum !== undefined ||
    property.pattern !== undefined ||
    property.format !== undefined
  );
}

describe('documented limits of the API (OpenAPI schemas from the validation classes)', () => {
  const properties = propertiesOfAllClasses();

  it('finds the request classes of every service', () => {
    expect(properties.length).toBeGreaterThan(100);
  });

  it('gives every text property a maximum length (or a closed list, a pattern or a format)', () => {
    const unbounded = properties
      .filter(([, property]) => property.type === 'string' && !isBoundedText(property))
      .map(([name]) => name);
    expect(unbounded).toEqual([]);
  });

  it('gives every list a maximum size, and bounds the texts inside it', () => {
    const lists = properties.filter(([, property]) => property.type === 'array');
    expect(lists.filter(([, property]) => property.maxItems === undefined).map(([name]) => name)).toEqual([]);
    expect(
      lists
        .filter(([, property]) => property.items?.type === 'string' && !isBoundedText(property.items))
        .map(([name]) => name),
    ).toEqual([]);
  });
});
