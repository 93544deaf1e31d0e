import { getMetadataStorage, IsInt, IsString, Min, registerDecorator, validateSync } from 'class-validator';
import { cacheValidationMetadata } from './validation-metadata-cache';

class Base {
  @IsString()
  name: string;
}

class Order extends Base {
  @IsInt()
  @Min(1)
  version: number;
}

const problemsOf = (value: object) =>
  validateSync(value, { whitelist: true, forbidNonWhitelisted: true })
    .map((error) => `${error.property}: ${Object.keys(error.constraints ?? {}).join(',')}`)
    .sort();

const order = (fields: Record<string, unknown>) => Object.assign(new Order(), fields);

describe('cacheValidationMetadata', () => {
  const uncached = [
    problemsOf(order({ name: 7, version: 0 })),
    problemsOf(order({ name: 'a', version: 2 })),
    problemsOf(order({ name: 'a', version: 2, extra: true })),
  ];

  beforeAll(() => cacheValidationMetadata());

  it('answers every validation as class-validator did without it, inherited rules included', () => {
    expect(uncached).toEqual([['name: isString', 'version: min'], [], ['extra: whitelistValidation']]);
    expect([
      problemsOf(order({ name: 7, version: 0 })),
      problemsOf(order({ name: 'a', version: 2 })),
      problemsOf(order({ name: 'a', version: 2, extra: true })),
    ]).toEqual(uncached);
  });

  it("looks a class's rules up once per set of options", () => {
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(Order, '', false, false);
    expect(storage.getTargetValidationMetadatas(Order, '', false, false)).toBe(first);
    expect(storage.groupByPropertyName(first)).toBe(storage.groupByPropertyName(first));
    expect(storage.getTargetValidationMetadatas(Order, '', true, false)).not.toBe(first);
  });

  it('takes a rule added after a class was first validated, and a class declared later', () => {
    problemsOf(order({ name: 'a', version: 2 }));
    registerDecorator({
      name: 'notDraft',
      target: Order,
      propertyName: 'name',
      validator: { validate: (value: unknown) => value !== 'draft' },
    });
    class Urgent extends Order {
      @IsInt()
      level: number;
    }
    expect(problemsOf(order({ name: 'draft', version: 2 }))).toEqual(['name: notDraft']);
    expect(problemsOf(Object.assign(new Urgent(), { name: 'a', version: 1, level: 'high' }))).toEqual(['level: isInt']);
  });

  it('is installed once however often it is called', () => {
    const lookUp = getMetadataStorage().getTargetValidationMetadatas;
    cacheValidationMetadata();
    expect(getMetadataStorage().getTargetValidationMetadatas).toBe(lookUp);
  });
});
