import { describeSchemaDrift } from '@hotline/testing';
import { DISPATCH_ENTITIES, DISPATCH_MIGRATIONS } from '../src/app.module';

describeSchemaDrift({ service: 'dispatch', entities: DISPATCH_ENTITIES, migrations: DISPATCH_MIGRATIONS });
