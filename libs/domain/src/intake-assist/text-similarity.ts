/** Letters, digits and CJK characters only: punctuation and spacing say nothing about the matter. */
export function normaliseForSimilarity(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The set of adjacent character pairs of a text (a one-character text is its own "pair"). */
export function characterBigrams(text: string): Set<string> {
  const characters = [...normaliseForSimilarity(text)];
  if (characters.length === 1) return new Set(characters);
  const bigrams = new Set<string>();
  for (let index = 0; index + 1 < characters.length; index += 1) bigrams.add(characters[index] + characters[index + 1]);
  return bigrams;
}

/**
 * R13.2 similarity of two requests' content: Jaccard index of their character bigrams, 0 (nothing shared) to 1.
 * Bigrams suit Chinese, which has no spaces between words.
 */
export function bigramJaccard(a: string, b: string): number {
  const left = characterBigrams(a);
  const right = characterBigrams(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const bigram of left) if (right.has(bigram)) shared += 1;
  return shared / (left.size + right.size - shared);
}
