import { describeSchemaDrift } from '@hotline/testing';
import { KNOWLEDGE_ENTITIES, KNOWLEDGE_MIGRATIONS } from '../src/app.module';

describeSchemaDrift({ service: 'knowledge', entities: KNOWLEDGE_ENTITIES, migrations: KNOWLEDGE_MIGRATIONS });
