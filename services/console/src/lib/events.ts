import type { WorkOrderStreamEvent } from '@hotline/contracts';
import { useEffect, useRef } from 'react';
import { currentSession } from './session';

/**
 * Follows GET /api/v1/events/stream (server-sent events) with the session's token in the Authorization header,
 * which EventSource cannot send; reconnects after a drop and then calls `onReconnect` so the page reloads once.
 */
export function useWorkOrderEvents(
  onEvent: (event: WorkOrderStreamEvent) => void,
  onReconnect?: () => void,
  onOpen?: () => void,
): void {
  const handlers = useRef({ onEvent, onReconnect, onOpen });
  handlers.current = { onEvent, onReconnect, onOpen };
  useEffect(() => {
    const abort = new AbortController();
    let attempts = 0;
    const run = async (): Promise<void> => {
      while (!abort.signal.aborted) {
        try {
          const token = currentSession()?.token;
          const response = await fetch('/api/v1/events/stream', {
            headers: { Authorization: `Bearer ${token ?? ''}`, Accept: 'text/event-stream' },
            signal: abort.signal,
          });
          if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
          if (attempts++ > 0) handlers.current.onReconnect?.();
          handlers.current.onOpen?.();
          await readEvents(response.body, (data) => handlers.current.onEvent(data));
        } catch {
          if (abort.signal.aborted) return;
        }
        await new Promise((resolve) => setTimeout(resolve, 3000));
      }
    };
    void run();
    return () => abort.abort();
  }, []);
}

async function readEvents(body: ReadableStream<Uint8Array>, deliver: (event: WorkOrderStreamEvent) => void) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data: '))
        .map((line) => line.slice(6))
        .join('\n');
      if (data) deliver(JSON.parse(data) as WorkOrderStreamEvent);
      end = buffer.indexOf('\n\n');
    }
  }
}
