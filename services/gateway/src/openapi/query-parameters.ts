import { INestApplication, Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { ApiQuery } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger';

type Schemas = Record<string, SchemaObject>;
type RouteArgument = { index: number; data?: unknown };

/**
 * Declares, on every route that takes its query as a class (`@Query() filters: WorkOrderFilters`), one query
 * parameter per property of that class, with the schema its class-validator rules give. The document then lists
 * exactly the filters the gateway validates. Call before the document is created.
 */
export function declareQueryParameters(app: INestApplication, schemas: Schemas): void {
  for (const controller of controllersOf(app)) {
    const prototype = controller.prototype as Record<string, unknown>;
    for (const method of Object.getOwnPropertyNames(prototype)) {
      if (method === 'constructor' || typeof prototype[method] !== 'function') continue;
      const schema = queryClassOf(controller, method, schemas);
      if (!schema?.properties) continue;
      const descriptor = Object.getOwnPropertyDescriptor(prototype, method) as PropertyDescriptor;
      for (const [name, property] of Object.entries(schema.properties)) {
        ApiQuery({ name, required: schema.required?.includes(name) ?? false, schema: property as SchemaObject })(
          prototype,
          method,
          descriptor,
        );
      }
    }
  }
}

/**
 * A body class that only renames another (`class DecideExtensionBody extends DecisionBody {}`) has no validation
 * metadata of its own: it is documented with the schema of the class it extends, which is what validates it.
 */
export function declareInheritedBodySchemas(app: INestApplication, schemas: Schemas): void {
  for (const controller of controllersOf(app)) {
    const prototype = controller.prototype as Record<string, unknown>;
    for (const method of Object.getOwnPropertyNames(prototype)) {
      if (method === 'constructor' || typeof prototype[method] !== 'function') continue;
      const type = wholeArgumentType(controller, method, RouteParamtypes.BODY);
      if (!type || schemas[type.name]) continue;
      const ancestor = nearestDocumentedAncestor(type, schemas);
      if (ancestor) schemas[type.name] = schemas[ancestor.name] as SchemaObject;
    }
  }
}

function nearestDocumentedAncestor(type: Type<unknown>, schemas: Schemas): Type<unknown> | undefined {
  for (
    let parent = Object.getPrototypeOf(type) as Type<unknown> | null;
    parent && parent !== Function.prototype;
    parent = Object.getPrototypeOf(parent) as Type<unknown> | null
  ) {
    if (schemas[parent.name]) return parent;
  }
  return undefined;
}

function controllersOf(app: INestApplication): Type<unknown>[] {
  return [...app.get(ModulesContainer).values()].flatMap((module) =>
    [...module.controllers.values()].map((wrapper) => wrapper.metatype as Type<unknown>),
  );
}

/** The schema of the class a method takes its whole query as, if it does. */
function queryClassOf(controller: Type<unknown>, method: string, schemas: Schemas): SchemaObject | undefined {
  const type = wholeArgumentType(controller, method, RouteParamtypes.QUERY);
  return type ? schemas[type.name] : undefined;
}

/** The class of the argument that takes the whole query or body (`@Query() filters`, `@Body() body`), if any. */
function wholeArgumentType(
  controller: Type<unknown>,
  method: string,
  kind: RouteParamtypes,
): Type<unknown> | undefined {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<string, RouteArgument>;
  const parameterTypes = (Reflect.getMetadata('design:paramtypes', controller.prototype as object, method) ??
    []) as Array<Type<unknown> | undefined>;
  const whole = Object.entries(args).find(([key, arg]) => Number(key.split(':')[0]) === kind && arg.data === undefined);
  return whole ? parameterTypes[whole[1].index] : undefined;
}
