import { EVENT_CATALOG } from './event-catalog';
import { defineEvent } from './event-definition';
import { streamSubjects } from '../streams/streams';

class Empty {}

describe('event catalog', () => {
  it('spells every subject once, versioned, inside its stream', () => {
    const subjects = EVENT_CATALOG.map((event) => event.subject);
    expect(new Set(subjects).size).toBe(subjects.length);
    for (const event of EVENT_CATALOG) {
      expect(event.subject).toMatch(/^hotline\.[a-z]+\.[a-z-]+\.v\d+$/);
      const [captures] = streamSubjects(event.stream);
      expect(event.subject.startsWith(captures.replace('>', ''))).toBe(true);
    }
  });

  it('derives subject and stream from domain, name and version', () => {
    const signed = defineEvent('workorder', 'signed', 2, Empty);
    expect(signed).toMatchObject({
      type: 'workorder.signed',
      subject: 'hotline.workorder.signed.v2',
      stream: 'WORKORDER',
    });
  });
});
