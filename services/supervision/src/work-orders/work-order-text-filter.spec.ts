import { textFilterOf } from './work-order-text-filter';

describe('the work-order list’s text filter', () => {
  it('R14.1 asks for every word of the content, as jieba splits it, without question words', () => {
    const filter = textFilterOf('路灯坏了怎么办');
    expect(filter.sql).toContain("to_tsquery('simple', :textQuery)");
    expect(filter.parameters.textQuery).toBe('路灯 & 坏');
    expect(filter.parameters.numberPattern).toBeUndefined();
  });

  it('R14.1 looks for a number or a part of it too, in upper case, when the text could be one', () => {
    const filter = textFilterOf(' xt20261201 ');
    expect(filter.sql).toMatch(/ OR l\.number LIKE :numberPattern/);
    expect(filter.parameters.numberPattern).toBe('%XT20261201%');
  });

  it('R14.1 finds nothing for a text with no word at all, rather than everything', () => {
    expect(textFilterOf('%_!').sql).toBe('FALSE');
  });
});
