import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

// Words that carry no meaning for matching: question words, particles and courtesies callers use all the time.
const STOP_WORDS = new Set([
  '的',
  '了',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '是',
  '在',
  '有',
  '和',
  '与',
  '及',
  '或',
  '就',
  '都',
  '也',
  '还',
  '要',
  '会',
  '能',
  '可以',
  '怎么',
  '怎么办',
  '怎样',
  '如何',
  '什么',
  '哪些',
  '哪里',
  '哪个',
  '多少',
  '为什么',
  '请问',
  '一下',
  '我',
  '我们',
  '你',
  '你们',
  '他',
  '她',
  '这',
  '那',
  '这个',
  '那个',
  '需要',
  '办理',
  '想',
  '去',
  '到',
  '给',
  '对',
  '把',
  '被',
  '让',
  // Greetings and politeness around the question ("你好，麻烦问下…").
  '你好',
  '您好',
  '麻烦',
  '问',
  '下',
  '问下',
  '帮',
  '帮忙',
  '谢谢',
  '不能',
  '能不能',
  '可不可以',
]);

const WORD = /^[\p{L}\p{N}]+$/u;

let jieba: Jieba | undefined;

function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Jieba's search mode: every word and its dictionary sub-words (公积金 → 公积, 积金, 公积金), lower-cased. */
export function segmentForSearch(text: string): string[] {
  return segmenter()
    .cutForSearch(text, true)
    .map((token) => token.trim().toLowerCase())
    .filter((token) => WORD.test(token));
}

/** The terms of a query: segmented like the documents, without stop words and repeats, in order of appearance. */
export function queryTerms(text: string): string[] {
  const terms = segmentForSearch(text).filter((token) => !STOP_WORDS.has(token));
  return [...new Set(terms)];
}

/** The segmented form of a document that goes into its tsvector ('simple' configuration splits on spaces). */
export function segmentedDocument(text: string): string {
  return segmentForSearch(text).join(' ');
}
