import { escapeHtml, findMatches, highlightSnippet, markTerms } from './highlight';

describe('highlight', () => {
  it('marks every occurrence of the matched words', () => {
    expect(markTerms('住房公积金提取条件和材料', ['公积', '积金', '公积金', '提取'])).toBe(
      '住房<mark>公积金</mark><mark>提取</mark>条件和材料',
    );
    expect(markTerms('停水通知：停水时间', ['停水'])).toBe('<mark>停水</mark>通知：<mark>停水</mark>时间');
  });

  it('prefers the longest word where two overlap, and never nests marks', () => {
    expect(findMatches('公积金', ['公积', '公积金', '积金'])).toEqual([{ start: 0, end: 3 }]);
  });

  it('escapes the text around and inside the marks, so an article cannot inject HTML', () => {
    expect(markTerms('<b>停水</b> & "通知"', ['停水'])).toBe(
      '&lt;b&gt;<mark>停水</mark>&lt;/b&gt; &amp; &quot;通知&quot;',
    );
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it('matches Latin letters whatever their case', () => {
    expect(markTerms('ETC 办理', ['etc'])).toBe('<mark>ETC</mark> 办理');
  });

  it('keeps its positions where lower-casing would lengthen a character', () => {
    expect(markTerms('İ ETC卡', ['etc'])).toBe('İ <mark>ETC</mark>卡');
  });

  it('cuts a long body to the window with the most matches, with ellipses where text was cut', () => {
    const body = `${'甲'.repeat(200)}公积金提取需要身份证${'乙'.repeat(200)}`;
    const snippet = highlightSnippet(body, ['公积金', '身份证'], 40);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('<mark>公积金</mark>提取需要<mark>身份证</mark>');
    expect(snippet.replace(/<\/?mark>|…/g, '')).toHaveLength(40);
  });

  it('shows the start of a long body that matches nothing', () => {
    expect(highlightSnippet('一二三四五六七八九十', ['无'], 4)).toBe('一二三四…');
  });
});
