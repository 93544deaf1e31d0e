/** GET …/suggestion takes the same operator's knowledge (emergency category, street) as the dispatch it precedes. */
export { SuggestionParams } from '@hotline/contracts';
