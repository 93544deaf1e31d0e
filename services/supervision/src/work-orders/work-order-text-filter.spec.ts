import { textAlternativesOf } from './work-order-text-filter';

describe('the work-order list’s text filter', () => {
  it('R14.1 asks for every word of the content, as jieba splits it, without question words', () => {
    const alternatives = textAlternativesOf('路灯坏了怎么办');
    expect(alternatives).toHaveLength(1);
    expect(alternatives[0].sql).toContain("to_tsquery('simple', :textQuery)");
    expect(alternatives[0].parameters).toEqual({ textQuery: '路灯 & 坏' });
  });

  it('R14.1 looks for the beginning or the end of a number too, in upper case, when the text could be one', () => {
    const alternatives = textAlternativesOf(' xt20261201 ');
    expect(alternatives.map((alternative) => alternative.parameters)).toEqual([
      { textQuery: 'xt20261201' },
      { numberStart: 'XT20261201%', numberStartAfterPrefix: 'XTXT20261201%', numberEnd: '10216202TX%' },
    ]);
    expect(textAlternativesOf('000201')[1].parameters).toEqual({
      numberStart: '000201%',
      numberStartAfterPrefix: 'XT000201%',
      numberEnd: '102000%',
    });
  });

  it('R14.1 reads a text shorter than four characters as words only, not as a part of every number', () => {
    expect(textAlternativesOf('xt').map((alternative) => alternative.parameters)).toEqual([{ textQuery: 'xt' }]);
    expect(textAlternativesOf('201')).toHaveLength(1);
  });

  it('R14.1 finds nothing for a text with no word at all, rather than everything', () => {
    expect(textAlternativesOf('%_!')).toEqual([]);
  });
});
