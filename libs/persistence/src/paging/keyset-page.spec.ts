import { keysetPage } from './keyset-page';

const fetchOf = (rows: number[], asked: number[]) => (take: number) => {
  asked.push(take);
  return Promise.resolve(rows.slice(0, take));
};
const cursor = (last: number) => `after-${last}`;

describe('keysetPage', () => {
  it('asks for one row more than the page and answers the cursor after the last row kept when more follow', async () => {
    const asked: number[] = [];
    await expect(keysetPage(2, fetchOf([1, 2, 3, 4], asked), cursor)).resolves.toEqual({
      rows: [1, 2],
      nextCursor: 'after-2',
    });
    expect(asked).toEqual([3]);
  });

  it('answers no cursor (not even the key) when the page holds the last rows', async () => {
    const page = await keysetPage(2, fetchOf([1, 2], []), cursor);
    expect(page).toEqual({ rows: [1, 2] });
    expect('nextCursor' in page).toBe(false);
  });

  it('answers no cursor for an empty page', async () => {
    await expect(keysetPage(0, fetchOf([1], []), cursor)).resolves.toEqual({ rows: [] });
  });
});
