const OPEN = '<mark>';
const CLOSE = '</mark>';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

interface Match {
  start: number;
  end: number;
}

/** Lower case character by character, keeping a character whose lower case is longer (İ), so positions stay those of `text`. */
function lowerKeepingPositions(text: string): string {
  return Array.from(text, (char) => {
    const lower = char.toLowerCase();
    return lower.length === char.length ? lower : char;
  }).join('');
}

/** Non-overlapping occurrences of the terms, longest term first where two would overlap. */
export function findMatches(text: string, terms: readonly string[]): Match[] {
  const lower = lowerKeepingPositions(text);
  const byLength = [...new Set(terms.filter((term) => term.length > 0))].sort((a, b) => b.length - a.length);
  const taken: Match[] = [];
  for (const term of byLength) {
    let from = lower.indexOf(term);
    while (from >= 0) {
      const candidate = { start: from, end: from + term.length };
      if (!taken.some((match) => candidate.start < match.end && match.start < candidate.end)) taken.push(candidate);
      from = lower.indexOf(term, from + 1);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The text with every matched term wrapped in <mark>…</mark>; everything else is HTML-escaped. */
export function markTerms(text: string, terms: readonly string[]): string {
  let marked = '';
  let position = 0;
  for (const match of findMatches(text, terms)) {
    marked +=
      escapeHtml(text.slice(position, match.start)) + OPEN + escapeHtml(text.slice(match.start, match.end)) + CLOSE;
    position = match.end;
  }
  return marked + escapeHtml(text.slice(position));
}

/**
 * The window of at most `length` characters holding the most matched characters, with its terms marked
 * and an ellipsis where text was cut.
 */
export function highlightSnippet(text: string, terms: readonly string[], length = 120): string {
  if (text.length <= length) return markTerms(text, terms);
  const matches = findMatches(text, terms);
  let bestStart = 0;
  let bestCovered = -1;
  for (const anchor of matches) {
    const start = Math.max(0, Math.min(anchor.start - 10, text.length - length));
    const covered = matches
      .filter((m) => m.start >= start && m.end <= start + length)
      .reduce((sum, m) => sum + m.end - m.start, 0);
    if (covered > bestCovered) [bestStart, bestCovered] = [start, covered];
  }
  const window = text.slice(bestStart, bestStart + length);
  return `${bestStart > 0 ? '…' : ''}${markTerms(window, terms)}${bestStart + length < text.length ? '…' : ''}`;
}
