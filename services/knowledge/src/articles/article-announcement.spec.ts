import { announcementOf } from './article-announcement';

describe('events a change of a knowledge article announces', () => {
  it('announces every published version, and a retirement once', () => {
    expect(announcementOf(null, 'published')).toBe('published');
    expect(announcementOf('published', 'published')).toBe('published');
    expect(announcementOf('published', 'retired')).toBe('retired');
    expect(announcementOf('retired', 'retired')).toBeNull();
    expect(announcementOf(null, 'draft')).toBeNull();
  });
});
