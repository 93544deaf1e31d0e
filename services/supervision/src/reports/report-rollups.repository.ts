import { Injectable } from '@nestjs/common';
import { insertRows, quotedTable } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { ReportBreakdownDay } from './report-breakdown-day.entity';
import { ReportDurationMinute } from './report-duration-minute.entity';
import { ReportRollups } from './report-rollups';
import { ReportUnitDay } from './report-unit-day.entity';

type RollupEntity = typeof ReportUnitDay | typeof ReportBreakdownDay | typeof ReportDurationMinute;

/** R24.1 adds a fold's delta to the per-day (and per-month duration) rollups, in the fold's transaction. */
@Injectable()
export class ReportRollupsRepository {
  async add(manager: EntityManager, delta: ReportRollups): Promise<void> {
    await this.increment(manager, ReportUnitDay, delta.unitDays);
    await this.increment(manager, ReportBreakdownDay, delta.breakdownDays);
    await this.increment(manager, ReportDurationMinute, delta.durations);
  }

  /** Adds the rows' counts to the stored ones; a row whose counts all come to zero is removed (as a rebuild has none). */
  private async increment<T extends object>(manager: EntityManager, entity: RollupEntity, rows: T[]): Promise<void> {
    if (rows.length === 0) return;
    const metadata = manager.connection.getMetadata(entity);
    const table = `"${metadata.tableName}"`;
    const keys = metadata.primaryColumns.map((column) => `"${column.databaseName}"`);
    const counts = metadata.columns.filter((column) => !column.isPrimary).map((column) => `"${column.databaseName}"`);
    const sums = counts.map((name) => `${name} = ${table}.${name} + EXCLUDED.${name}`).join(', ');
    const empty = counts.map((name) => `${table}.${name} = 0`).join(' AND ');
    const written = await insertRows(
      manager,
      entity,
      rows,
      `ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${sums} RETURNING ${keys.map((key) => `${key}::text AS ${key}`).join(', ')}, (${empty}) AS "empty"`,
    );
    const emptied = written.filter((row) => row.empty === true);
    if (emptied.length === 0) return;
    const parameters: unknown[] = [];
    const tuples = emptied.map(
      (row) => `(${keys.map((key) => `$${parameters.push(row[key.slice(1, -1)])}`).join(', ')})`,
    );
    await manager.query(
      `DELETE FROM ${quotedTable(manager.connection, entity)} WHERE (${keys.join(', ')}) IN (${tuples.join(', ')}) AND ${empty}`,
      parameters,
    );
  }
}
