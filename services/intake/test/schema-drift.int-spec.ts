import { describeSchemaDrift } from '@hotline/testing';
import { INTAKE_ENTITIES, INTAKE_MIGRATIONS } from '../src/app.module';

describeSchemaDrift({ service: 'intake', entities: INTAKE_ENTITIES, migrations: INTAKE_MIGRATIONS });
