/** The LISTEN/NOTIFY channel on which a schema's outbox announces new rows (its trigger spells it the same way). */
export function outboxChannel(schema: string): string {
  return `hotline_outbox_${schema}`;
}
