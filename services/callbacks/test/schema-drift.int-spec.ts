import { describeSchemaDrift } from '@hotline/testing';
import { CALLBACKS_ENTITIES, CALLBACKS_MIGRATIONS } from '../src/app.module';

describeSchemaDrift({ service: 'callbacks', entities: CALLBACKS_ENTITIES, migrations: CALLBACKS_MIGRATIONS });
