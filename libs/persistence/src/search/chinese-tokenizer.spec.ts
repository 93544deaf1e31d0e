import { queryTerms, segmentedDocument, segmentForSearch } from './chinese-tokenizer';

describe('Chinese tokenizer (jieba search mode)', () => {
  it('splits a caller’s question into words and drops question words and particles', () => {
    expect(queryTerms('孩子上学要什么材料')).toEqual(['孩子', '上学', '材料']);
    expect(queryTerms('身份证丢了怎么补办')).toEqual(['身份', '身份证', '丢', '补办']);
    expect(queryTerms('你好，麻烦问下公积金怎么提取')).toEqual(queryTerms('公积金怎么提取'));
  });

  it('emits the sub-words of a long word, so a fragment of it matches too', () => {
    expect(segmentForSearch('住房公积金')).toEqual(['住房', '公积', '积金', '公积金']);
  });

  it('keeps letters and digits, lower-cased, and drops punctuation and spaces', () => {
    expect(segmentForSearch('拨打12345热线，或95598！')).toEqual(['拨打', '12345', '热线', '或', '95598']);
    expect(segmentForSearch('Wi-Fi 密码')).toEqual(['wi', 'fi', '密码']);
  });

  it('repeats no term in a query and answers nothing for a question of stop words only', () => {
    expect(queryTerms('公积金 公积金')).toEqual(['公积', '积金', '公积金']);
    expect(queryTerms('请问怎么办？')).toEqual([]);
  });

  it('joins a document’s words with spaces, which is what the simple text-search configuration splits on', () => {
    expect(segmentedDocument('停水通知查询')).toBe('停水 通知 停水通知 查询');
  });
});
