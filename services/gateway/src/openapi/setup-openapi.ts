import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';
import type { SchemaObject } from '@nestjs/swagger';
import { declareInheritedBodySchemas, declareQueryParameters } from './query-parameters';

// class-transformer keeps the @Type() metadata (nested classes) in a storage it does not export publicly.
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: MetadataStorage;
};

/** OpenAPI at /api/openapi.json (and .yaml) with its UI at /api/docs. */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('湘潭市12345政务服务便民热线 platform API')
    .setDescription(
      'Requests, work orders, supervision and administration of the 12345 hotline. Errors: { statusCode, error, message, details? }.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const schemas = validationSchemas();
  declareQueryParameters(app, schemas);
  declareInheritedBodySchemas(app, schemas);
  const document = withValidationSchemas(SwaggerModule.createDocument(app, config), schemas);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
  });
}

/**
 * Body schemas come from the same class-validator rules that check the bodies, so the document
 * cannot disagree with what the gateway accepts.
 */
export function withValidationSchemas(
  document: OpenAPIObject,
  schemas: Record<string, SchemaObject> = validationSchemas(),
): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...schemas } };
  return document;
}

/** Every class-validator class as a JSON schema, by class name. */
export function validationSchemas(): Record<string, SchemaObject> {
  return validationMetadatasToSchemas({
    refPointerPrefix: '#/components/schemas/',
    classTransformerMetadataStorage: defaultMetadataStorage,
  }) as Record<string, SchemaObject>;
}
