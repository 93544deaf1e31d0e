import { describeSchemaDrift } from '@hotline/testing';
import { SUPERVISION_ENTITIES, SUPERVISION_MIGRATIONS } from '../src/app.module';

describeSchemaDrift({ service: 'supervision', entities: SUPERVISION_ENTITIES, migrations: SUPERVISION_MIGRATIONS });
