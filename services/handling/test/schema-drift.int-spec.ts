import { describeSchemaDrift } from '@hotline/testing';
import { HANDLING_ENTITIES, HANDLING_MIGRATIONS } from '../src/app.module';

describeSchemaDrift({ service: 'handling', entities: HANDLING_ENTITIES, migrations: HANDLING_MIGRATIONS });
