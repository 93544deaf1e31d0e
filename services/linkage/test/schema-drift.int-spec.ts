import { describeSchemaDrift } from '@hotline/testing';
import { LINKAGE_ENTITIES, LINKAGE_MIGRATIONS } from '../src/app.module';

describeSchemaDrift({ service: 'linkage', entities: LINKAGE_ENTITIES, migrations: LINKAGE_MIGRATIONS });
