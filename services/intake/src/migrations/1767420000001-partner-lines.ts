import { sqlMigration } from '@hotline/persistence';

/** R10.1, R13.1(5): intake's copy of linkage's partner registry, for the emergency hint and the named line. */
export const PartnerLines1767420000001 = sqlMigration('PartnerLines1767420000001', {
  up: (schema) => [
    `CREATE TABLE ${schema}."partner_lines" (
      "code" character varying(32) NOT NULL,
      "name" character varying(64) NOT NULL,
      "kind" character varying(16) NOT NULL,
      "enabled" boolean NOT NULL,
      "takes_from_us" jsonb NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_partner_lines" PRIMARY KEY ("code"))`,
  ],
  down: (schema) => [`DROP TABLE ${schema}."partner_lines"`],
});
