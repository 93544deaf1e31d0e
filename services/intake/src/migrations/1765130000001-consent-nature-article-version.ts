import { sqlMigration } from '@hotline/persistence';

/**
 * R15.2 the caller's consent to a call back as the operator gave it; R20.3 the nature of the matter named at intake;
 * R15.1 the version of the knowledge article a work order was answered from.
 */
export const ConsentNatureArticleVersion1765130000001 = sqlMigration('ConsentNatureArticleVersion1765130000001', {
  up: (schema) => [
    `ALTER TABLE ${schema}."requests" ADD "caller_consent" boolean`,
    `ALTER TABLE ${schema}."requests" ADD "matter_nature" character varying(16)`,
    `ALTER TABLE ${schema}."work_orders" ADD "article_version" integer`,
  ],
  down: (schema) => [
    `ALTER TABLE ${schema}."work_orders" DROP COLUMN "article_version"`,
    `ALTER TABLE ${schema}."requests" DROP COLUMN "matter_nature"`,
    `ALTER TABLE ${schema}."requests" DROP COLUMN "caller_consent"`,
  ],
});
