import { Fragment } from 'react';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);

/**
 * Knowledge search's highlighted text (HTML-escaped, matched terms in <mark>) as React elements: the terms marked,
 * everything else plain text, never parsed as HTML.
 */
export function MarkedText({ html }: { html: string }) {
  const parts = html.split(/<mark>(.*?)<\/mark>/);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? <mark key={index}>{unescape(part)}</mark> : <Fragment key={index}>{unescape(part)}</Fragment>,
      )}
    </>
  );
}
