import { sqlMigration } from '@hotline/persistence';

/** R10.1: where linkage posts its signed messages to a partner on channel https (null: its NATS subject). */
export const PartnerDeliveryUrl1767410000002 = sqlMigration('PartnerDeliveryUrl1767410000002', {
  up: (schema) => [`ALTER TABLE ${schema}."partners" ADD "delivery_url" character varying(512)`],
  down: (schema) => [`ALTER TABLE ${schema}."partners" DROP COLUMN "delivery_url"`],
});
