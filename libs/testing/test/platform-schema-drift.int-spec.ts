import { describeSchemaDrift } from '@hotline/testing';

// Services with no tables of their own yet still carry the outbox, inbox and dead letters.
describeSchemaDrift({ service: 'platform' });
