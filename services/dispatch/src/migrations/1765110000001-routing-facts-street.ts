import { sqlMigration } from '@hotline/persistence';

/** The street the caller gave reaches routing (R15.3) without the operator typing it again. */
export const RoutingFactsStreet1765110000001 = sqlMigration('RoutingFactsStreet1765110000001', {
  up: (schema) => [`ALTER TABLE ${schema}."routing_facts" ADD "street" character varying(64)`],
  down: (schema) => [`ALTER TABLE ${schema}."routing_facts" DROP COLUMN "street"`],
});
