import { getMetadataStorage, MetadataStorage, validateSync, ValidationError, ValidationTypes } from 'class-validator';
import type { ValidatorOptions } from 'class-validator';

type Rule = ReturnType<MetadataStorage['getTargetValidationMetadatas']>[number];
type Grouped = ReturnType<MetadataStorage['groupByPropertyName']>;
type Validate = (value: unknown, args: object) => unknown;

interface Check {
  readonly each: boolean;
  readonly constraints: unknown[];
  readonly validate: Validate;
}

interface PropertyPlan {
  readonly name: string;
  readonly conditions: ReadonlyArray<(object: object, value: unknown) => boolean>;
  readonly definedChecks: readonly Check[];
  readonly checks: readonly Check[];
  readonly nested: number;
}

interface ClassPlan {
  readonly ruleCount: number;
  readonly grouped: Grouped;
  readonly properties: readonly PropertyPlan[];
}

/** Options under which the plan decides exactly as class-validator; any other option leaves it to class-validator. */
const UNPLANNED_OPTIONS = [
  'groups',
  'always',
  'strictGroups',
  'skipMissingProperties',
  'skipNullProperties',
  'skipUndefinedProperties',
] as const;

let plans = new Map<unknown, ClassPlan | null>();
let watching = false;

/**
 * class-validator's answer for a valid object, without its bookkeeping per call: it filters each property's rules by
 * kind, builds an error object for every property and looks each rule's validator up again, every time. The rules of
 * a class are planned once instead (the same rules, through the same metadata storage) and run in the same order.
 * Only a pass is decided here: when anything fails, or the plan cannot be sure (an asynchronous rule, an option it
 * does not plan for), class-validator validates again and gives its own errors.
 */
export function validatePlanned(object: object, options: ValidatorOptions = {}): ValidationError[] {
  return passesPlan(object, options) ? [] : validateSync(object, options);
}

/**
 * True when class-validator would find nothing wrong with `object` under `options`; false when it would, or when the
 * plan cannot tell. Like class-validator with `whitelist`, it removes the properties that no rule names.
 */
export function passesPlan(object: object, options: ValidatorOptions): boolean {
  if (UNPLANNED_OPTIONS.some((option) => options[option])) return false;
  return objectPasses(object, options);
}

function objectPasses(object: object, options: ValidatorOptions): boolean {
  const type: unknown = object.constructor;
  if (typeof type !== 'function' || Object.getPrototypeOf(object) !== type.prototype) return false;
  const plan = planOf(type);
  if (!plan) return false;
  if (plan.ruleCount === 0 && options.forbidUnknownValues !== false) return false;
  if (options.whitelist && !whitelisted(object, plan.grouped, options.forbidNonWhitelisted === true)) return false;
  for (const property of plan.properties) {
    const value: unknown = (object as Record<string, unknown>)[property.name];
    if (!conditionsHold(property, object, value)) continue;
    if (!checksPass(property.definedChecks, object, property.name, value)) return false;
    if (!checksPass(property.checks, object, property.name, value)) return false;
    if (property.nested > 0 && value !== undefined && !nestedPasses(value, options)) return false;
  }
  return true;
}

function conditionsHold(property: PropertyPlan, object: object, value: unknown): boolean {
  for (const condition of property.conditions) if (!condition(object, value)) return false;
  return true;
}

/** class-validator's own test of an unknown property, to the letter (a key such as `constructor` included). */
function whitelisted(object: object, grouped: Grouped, forbid: boolean): boolean {
  for (const key of Object.keys(object)) {
    if (grouped[key] && grouped[key].length > 0) continue;
    if (forbid) return false;
    delete (object as Record<string, unknown>)[key];
  }
  return true;
}

function checksPass(checks: readonly Check[], object: object, property: string, value: unknown): boolean {
  for (const check of checks) {
    const args = { targetName: object.constructor.name, property, object, value, constraints: check.constraints };
    if (check.each && isArrayLike(value)) {
      for (const item of arrayOf(value)) if (!isPass(check.validate(item, args))) return false;
    } else if (!isPass(check.validate(value, args))) return false;
  }
  return true;
}

/** A promise is an asynchronous answer the plan does not wait for: class-validator decides then. */
function isPass(valid: unknown): boolean {
  return !(valid instanceof Promise) && Boolean(valid);
}

function nestedPasses(value: unknown, options: ValidatorOptions): boolean {
  if (isArrayLike(value)) return arrayOf(value).every((item) => item === undefined || nestedPasses(item, options));
  return value instanceof Object && objectPasses(value, options);
}

function isArrayLike(value: unknown): value is unknown[] | Set<unknown> | Map<unknown, unknown> {
  return Array.isArray(value) || value instanceof Set || value instanceof Map;
}

function arrayOf(value: unknown[] | Set<unknown> | Map<unknown, unknown>): unknown[] {
  return Array.isArray(value) ? value : [...value.values()];
}

function planOf(type: unknown): ClassPlan | null {
  watchForNewRules();
  let plan = plans.get(type);
  if (plan === undefined) plans.set(type, (plan = buildPlan(type as new () => object)));
  return plan;
}

function buildPlan(type: new () => object): ClassPlan | null {
  const storage = getMetadataStorage();
  const rules = storage.getTargetValidationMetadatas(type, '', false, false, undefined);
  const grouped = storage.groupByPropertyName(rules);
  const properties: PropertyPlan[] = [];
  for (const [name, own] of Object.entries(grouped)) {
    const property = planProperty(storage, name, own);
    if (!property) return null;
    properties.push(property);
  }
  return { ruleCount: rules.length, grouped, properties };
}

function planProperty(storage: MetadataStorage, name: string, rules: Rule[]): PropertyPlan | null {
  const conditions: PropertyPlan['conditions'][number][] = [];
  const definedChecks: Check[] = [];
  const checks: Check[] = [];
  let nested = 0;
  for (const rule of rules) {
    if (rule.type === ValidationTypes.CONDITIONAL_VALIDATION) conditions.push(rule.constraints[0]);
    else if (rule.type === ValidationTypes.NESTED_VALIDATION) nested += 1;
    else if (rule.type === ValidationTypes.IS_DEFINED || rule.type === ValidationTypes.CUSTOM_VALIDATION) {
      const validators = storage.getTargetValidatorConstraints(rule.constraintCls);
      if (validators.some((validator) => validator.async)) return null;
      const target = rule.type === ValidationTypes.IS_DEFINED ? definedChecks : checks;
      for (const validator of validators) {
        const instance = validator.instance as { validate: Validate };
        target.push({ each: rule.each, constraints: rule.constraints, validate: instance.validate.bind(instance) });
      }
    } else if (rule.type !== ValidationTypes.WHITELIST) return null;
  }
  return { name, conditions, definedChecks, checks, nested };
}

/** A rule declared after a class was planned (a class deriving from another) may change its plan: plan again. */
function watchForNewRules(): void {
  if (watching) return;
  watching = true;
  const storage = getMetadataStorage();
  const addRule = storage.addValidationMetadata.bind(storage);
  const addValidator = storage.addConstraintMetadata.bind(storage);
  storage.addValidationMetadata = (rule) => {
    plans = new Map();
    addRule(rule);
  };
  storage.addConstraintMetadata = (validator) => {
    plans = new Map();
    addValidator(validator);
  };
}
