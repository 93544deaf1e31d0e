import { ClassConstructor, plainToInstance } from 'class-transformer';
import { getMetadataStorage, ValidationTypes } from 'class-validator';

const opaqueByClass = new Map<ClassConstructor<object>, readonly string[]>();

/**
 * The properties of a contract class that are checked as objects and nothing more: a work order's snapshot, a step's
 * details, the envelope's payload (validated by its own class afterwards). Found once per class.
 */
export function opaqueObjectProperties(type: ClassConstructor<object>): readonly string[] {
  let found = opaqueByClass.get(type);
  if (!found) {
    const grouped = getMetadataStorage().groupByPropertyName(
      getMetadataStorage().getTargetValidationMetadatas(type, '', false, false),
    );
    found = Object.entries(grouped)
      .filter(([, rules]) => rules.some((rule) => rule.name === 'isObject'))
      .filter(([, rules]) => !rules.some((rule) => rule.type === ValidationTypes.NESTED_VALIDATION))
      .map(([property]) => property);
    opaqueByClass.set(type, found);
  }
  return found;
}

/**
 * plainToInstance, but the opaque object properties are taken as they came instead of being copied key by key:
 * class-transformer walks every nested plain object, and a step event carries the whole work order (most of a
 * consumer's class-transformer time in the profiles). A property with nested rules is transformed as before.
 */
export function eventInstanceOf<T extends object>(type: ClassConstructor<T>, plain: object): T {
  const opaque = opaqueObjectProperties(type);
  if (opaque.length === 0 || typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    return plainToInstance(type, plain);
  }
  const source = plain as Record<string, unknown>;
  const rest = { ...source };
  for (const property of opaque) delete rest[property];
  const instance = plainToInstance(type, rest);
  const fields = instance as Record<string, unknown>;
  for (const property of opaque) if (property in source) fields[property] = source[property];
  return instance;
}
