import { plainToInstance, Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  registerDecorator,
  ValidateIf,
  ValidateNested,
  validateSync,
  ValidatorOptions,
} from 'class-validator';
import { Actor, EventEnvelope } from '../events/event-envelope';
import { RecordRequestCommand } from '../work-orders/record-request.command';
import { passesPlan, validatePlanned } from './planned-validation';

class Line {
  @IsString()
  @MaxLength(5)
  text: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  count?: number;
}

class Sheet {
  @IsIn(['draft', 'final'])
  kind: string;

  @IsDefined()
  title: unknown;

  @ValidateIf((sheet: Sheet) => sheet.kind === 'final')
  @IsString()
  signedBy?: string;

  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(2)
  tags?: string[];

  @ValidateNested()
  @Type(() => Line)
  head: Line;

  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => Line)
  lines?: Line[];

  @Allow()
  note?: unknown;
}

class SignedSheet extends Sheet {
  @IsString()
  declare signedBy: string;
}

const VALID_SHEET = {
  kind: 'draft',
  title: 'T',
  tags: ['a'],
  head: { text: 'hi' },
  lines: [{ text: 'one', count: 1 }],
  note: 3,
};

const OPTIONS: ValidatorOptions[] = [
  {},
  { whitelist: true },
  { whitelist: true, forbidNonWhitelisted: true },
  { forbidUnknownValues: false, whitelist: true, forbidNonWhitelisted: true },
];

/** The same value twice, so that class-validator and the plan each work on (and may strip) their own copy. */
function twice<T extends object>(type: new () => T, plain: unknown): [T, T] {
  const copy = () => plainToInstance(type, structuredClone(plain)) as T;
  return [copy(), copy()];
}

/** Every property of `plain`, one at a time, replaced by values that break the rules in different ways. */
function mutants(plain: Record<string, unknown>, depth = 0): unknown[] {
  const wrong = [undefined, null, '', 'x'.repeat(3000), 42, -1, 1.5, true, [], ['a', 'b', 'c'], {}, 'not-a-date'];
  const out: unknown[] = [{ ...plain, smuggled: 1 }];
  for (const [key, value] of Object.entries(plain)) {
    for (const replacement of wrong) out.push({ ...plain, [key]: replacement });
    if (depth < 2 && value && typeof value === 'object' && !Array.isArray(value))
      for (const inner of mutants(value as Record<string, unknown>, depth + 1)) out.push({ ...plain, [key]: inner });
    if (depth < 2 && Array.isArray(value) && value[0] && typeof value[0] === 'object')
      for (const inner of mutants(value[0] as Record<string, unknown>, depth + 1))
        out.push({ ...plain, [key]: [inner] });
  }
  return out;
}

function expectSameVerdict<T extends object>(type: new () => T, plain: unknown, options: ValidatorOptions): void {
  const [byClassValidator, byPlan] = twice(type, plain);
  const errors = validateSync(byClassValidator, options);
  expect({ plain, options, passes: passesPlan(byPlan, options) }).toEqual({
    plain,
    options,
    passes: errors.length === 0,
  });
  if (errors.length === 0) expect(byPlan).toEqual(byClassValidator);
}

describe('validation planned once per class', () => {
  it('passes what class-validator passes, and strips the same unknown properties', () => {
    for (const options of OPTIONS) expectSameVerdict(Sheet, VALID_SHEET, options);
    const [sheet] = twice(Sheet, { ...VALID_SHEET, smuggled: 'x', head: { text: 'hi', inner: 1 } });
    expect(passesPlan(sheet, { whitelist: true })).toBe(true);
    expect(sheet).not.toHaveProperty('smuggled');
    expect(sheet.head).not.toHaveProperty('inner');
  });

  it('refuses exactly what class-validator refuses, property by property and inside nested objects', () => {
    const cases = mutants(VALID_SHEET);
    expect(cases.length).toBeGreaterThan(100);
    for (const options of OPTIONS) for (const plain of cases) expectSameVerdict(Sheet, plain, options);
  });

  it('answers with class-validator’s own errors when anything fails', () => {
    const [byClassValidator, byPlan] = twice(Sheet, { ...VALID_SHEET, kind: 'final', head: { text: 'too long' } });
    const options = { whitelist: true, forbidNonWhitelisted: true };
    expect(validatePlanned(byPlan, options)).toEqual(validateSync(byClassValidator, options));
    expect(validatePlanned(byPlan, options).map((error) => error.property)).toEqual(['signedBy', 'head']);
  });

  it('follows a subclass’s own rules and the rules it inherits', () => {
    expectSameVerdict(SignedSheet, VALID_SHEET, { whitelist: true });
    expectSameVerdict(SignedSheet, { ...VALID_SHEET, signedBy: 'me' }, { whitelist: true });
    expectSameVerdict(SignedSheet, { ...VALID_SHEET, kind: 'final' }, {});
    // the inherited condition still decides whether `signedBy` is checked; the subclass's own rule, how
    expect(passesPlan(twice(SignedSheet, { ...VALID_SHEET, kind: 'final' })[0], {})).toBe(false);
    expect(passesPlan(twice(SignedSheet, { ...VALID_SHEET, kind: 'final', signedBy: 'me' })[0], {})).toBe(true);
  });

  it('leaves to class-validator what it does not plan: an asynchronous rule, skip and group options, a stand-in object', () => {
    class WithAsyncRule {
      @IsString()
      name: string;
    }
    registerDecorator({
      name: 'eventuallyTrue',
      target: WithAsyncRule,
      propertyName: 'name',
      async: true,
      validator: { validate: async () => true },
    });
    expect(passesPlan(plainToInstance(WithAsyncRule, { name: 'a' }), {})).toBe(false);
    expect(validatePlanned(plainToInstance(WithAsyncRule, { name: 'a' }), {})).toEqual([]);
    const [sheet] = twice(Sheet, VALID_SHEET);
    expect(passesPlan(sheet, { skipMissingProperties: true })).toBe(false);
    expect(passesPlan(sheet, { groups: ['x'] })).toBe(false);
    expect(passesPlan({ constructor: Sheet } as object, { forbidUnknownValues: true })).toBe(false);
  });

  it('refuses a class without rules unless unknown values are allowed, as class-validator does', () => {
    class NoRules {}
    expect(passesPlan(new NoRules(), {})).toBe(false);
    expect(passesPlan(new NoRules(), { forbidUnknownValues: false })).toBe(true);
  });

  it('plans a class again when a rule is added to it after its first validation', () => {
    class Growing {
      @IsString()
      name: string;
    }
    expect(passesPlan(plainToInstance(Growing, { name: 'a', size: 'x' }), { whitelist: true })).toBe(true);
    IsInt()(Growing.prototype, 'size');
    const grown = plainToInstance(Growing, { name: 'a', size: 'x' });
    expect(passesPlan(grown, { whitelist: true })).toBe(false);
    expect(validateSync(grown, { whitelist: true }).map((error) => error.property)).toEqual(['size']);
  });

  it('decides like class-validator on the platform’s own contracts: a recorded request and an event envelope', () => {
    const request = {
      channel: 'phone',
      caller: { name: '陈秀英', phone: '13907321234' },
      content: '韶山西路井盖缺失，夜间行人易跌倒',
      type: 'complaint',
      location: { district: '雨湖区', address: '韶山西路', lat: 27.8, lng: 112.9 },
    };
    const envelope = {
      id: '6f1d2c1e-9a4b-4c55-8e2f-0d5b7a1c9e31',
      type: 'hotline.workorder.signed',
      schemaVersion: 1,
      occurredAt: '2026-12-01T08:00:00.000Z',
      actor: { kind: 'user', id: 'op-1' },
      payload: { workOrderId: 'w' },
    };
    expect(passesPlan(plainToInstance(RecordRequestCommand, structuredClone(request)), OPTIONS[2])).toBe(true);
    for (const options of OPTIONS) {
      for (const plain of [request, ...mutants(request)]) expectSameVerdict(RecordRequestCommand, plain, options);
      for (const plain of [envelope, ...mutants(envelope)]) expectSameVerdict(EventEnvelope, plain, options);
    }
    expect(plainToInstance(EventEnvelope, envelope).actor).toBeInstanceOf(Actor);
  });
});
