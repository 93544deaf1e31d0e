import { FormModal } from '../../components/FormModal';
import { post } from '../../lib/api';
import type { OnlineOrder } from './OnlineAnswerPanel';

export interface AnswerDraft {
  articleId?: string;
  title?: string;
  /** what the operator read out, to be recorded with the answer */
  text: string;
}

/** R15.1 R15.2 POST …/online-answer: the call-back answer, citing the article it was read from (if any). */
export function OnlineAnswerModal({
  workOrderId,
  draft,
  onClose,
  onAnswered,
}: {
  workOrderId: string;
  draft: AnswerDraft;
  onClose: () => void;
  onAnswered: (order: OnlineOrder) => void;
}) {
  let answered: OnlineOrder | undefined;
  return (
    <FormModal
      title={draft.title ? `据「${draft.title}」答复并办结` : '核实后答复并办结'}
      fields={[{ name: 'answer', label: '答复内容', kind: 'textarea', required: true, initial: draft.text }]}
      submit={async (values) => {
        const body = { answer: values['answer'], ...(draft.articleId ? { articleId: draft.articleId } : {}) };
        answered = await post<OnlineOrder>(`/api/v1/work-orders/${workOrderId}/online-answer`, body);
      }}
      onClose={onClose}
      onDone={() => answered && onAnswered(answered)}
    />
  );
}

/** the article's highlighted words as plain text (an inert parse: nothing in it runs or loads) */
export const plainText = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
