import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AssessmentMethod, type AssessmentMethodInput } from '@hotline/domain';
import { insertRows } from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { AssessmentMethodRecord } from './assessment-method.entity';

/** R25.1 the versions of the scoring method. */
@Injectable()
export class AssessmentMethodsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async all(): Promise<AssessmentMethod[]> {
    const rows = await this.dataSource.getRepository(AssessmentMethodRecord).find({ order: { version: 'ASC' } });
    return rows.map((row) => ({
      ...(row.method as unknown as AssessmentMethodInput),
      version: row.version,
      effectiveFrom: row.effectiveFrom,
    }));
  }

  /** Adds the next version; concurrent writers are serialised, each gets its own version. */
  add(method: AssessmentMethodInput, effectiveFrom: Date, setBy: string, setAt: Date): Promise<AssessmentMethod> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['assessment-methods']);
      const repository = manager.getRepository(AssessmentMethodRecord);
      const version = ((await repository.maximum('version')) ?? 0) + 1;
      const record: AssessmentMethodRecord = {
        version,
        effectiveFrom,
        setAt,
        setBy,
        method: { indicators: method.indicators, deductions: method.deductions } as unknown as Record<string, unknown>,
      };
      await insertRows(manager, AssessmentMethodRecord, [record]);
      return { ...method, version, effectiveFrom };
    });
  }
}
