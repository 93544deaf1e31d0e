import { describeSchemaDrift } from '../src';

// Services with no tables of their own yet still carry the outbox, inbox and dead letters.
describeSchemaDrift({ service: 'platform' });
