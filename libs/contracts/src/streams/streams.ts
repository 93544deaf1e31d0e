/** One JetStream stream per domain. Every event subject is `hotline.<domain>.<event>.v<version>`. */
export const STREAMS = {
  WORKORDER: { domain: 'workorder', description: 'Work-order lifecycle events' },
  SUPERVISION: { domain: 'supervision', description: 'Supervision cases, statistics and assessments' },
  KNOWLEDGE: { domain: 'knowledge', description: 'Knowledge-base articles' },
  LINKAGE: { domain: 'linkage', description: 'Partner hotlines and branch centres' },
} as const;

export type StreamKey = keyof typeof STREAMS;
export type EventDomain = (typeof STREAMS)[StreamKey]['domain'];

export const SUBJECT_ROOT = 'hotline';

export function streamKeyOfDomain(domain: EventDomain): StreamKey {
  const entry = Object.entries(STREAMS).find(([, stream]) => stream.domain === domain);
  if (!entry) throw new Error(`No stream for domain ${domain}`);
  return entry[0] as StreamKey;
}

/** Subjects a stream captures, before any namespace prefix. */
export function streamSubjects(key: StreamKey): string[] {
  return [`${SUBJECT_ROOT}.${STREAMS[key].domain}.>`];
}
