import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';

// class-transformer keeps the @Type() metadata (nested classes) in a storage it does not export publicly.
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as { defaultMetadataStorage: MetadataStorage };

/** OpenAPI at /api/openapi.json (and .yaml) with its UI at /api/docs. */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('湘潭市12345政务服务便民热线 platform API')
    .setDescription('Requests, work orders, supervision and administration of the 12345 hotline. Errors: { statusCode, error, message, details? }.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = withValidationSchemas(SwaggerModule.createDocument(app, config));
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json', yamlDocumentUrl: 'api/openapi.yaml' });
}

/**
 * Body schemas come from the same class-validator rules that check the bodies, so the document
 * cannot disagree with what the gateway accepts.
 */
export function withValidationSchemas(document: OpenAPIObject): OpenAPIObject {
  const schemas = validationMetadatasToSchemas({ refPointerPrefix: '#/components/schemas/', classTransformerMetadataStorage: defaultMetadataStorage });
  const generated = schemas as NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>;
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...generated } };
  return document;
}
