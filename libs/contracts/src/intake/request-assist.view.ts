import { CallerMisuseKind } from '@hotline/domain';
import { SearchHit } from '../knowledge/article.queries';

/** R13.2 a recorded request that may be the same matter again (R13.1 reason 4), open or finished. */
export interface LikelyRepeatView {
  requestId: string;
  workOrderId: string;
  number: string;
  status: string;
  open: boolean;
  basis: Array<'same-caller' | 'same-place'>;
  /** Bigram Jaccard similarity of the content, 0–1. */
  similarity: number;
  receivedAt: string;
}

export interface EmergencyHintView {
  kind: 'fire' | 'medical' | 'crime' | 'traffic-accident';
  /** The emergency line to transfer the caller to (R13.1 reason 5). */
  transferTo: '110' | '119' | '120' | '122';
  lineName: string;
  matched: string[];
  /** R15.4: the city body for this kind of event. */
  destination: { category: string; destination: string };
}

export interface PartnerLineHintView {
  code: string;
  name: string;
  kind: 'emergency' | 'utility';
  category: string;
}

export interface JurisdictionCheckView {
  district?: { given: string; known: boolean; name?: string; code?: string };
  street?: { given: string; known: boolean; name?: string; districtCode?: string };
  /** The address or coordinates lie outside Xiangtan: the operator may reject with reason 8. */
  outsideCity: boolean;
  findings: Array<{ source: 'district' | 'street' | 'address' | 'coordinates'; detail: string }>;
  mentionedElsewhere: string[];
  suggestedReasonCode?: 8;
}

export type KnowledgeAssistView =
  | {
      available: true;
      terms: string[];
      items: Array<Pick<SearchHit, 'id' | 'title' | 'snippet' | 'score' | 'version' | 'ownerUnitId'>>;
    }
  | { available: false };

/** R27.1 the caller's flags of one kind, on any of the caller's requests. */
export interface CallerMisuseFlagCount {
  kind: CallerMisuseKind;
  count: number;
  lastAt: string;
}

/** R27.1 many requests from one caller in a short window, and the caller's misuse flags so far. */
export interface MisuseView {
  /** False when the request has no phone number to recognise the caller by: then no count and no flags. */
  checked: boolean;
  flagged: boolean;
  count: number;
  limit: number;
  windowMinutes: number;
  /** Every kind the caller was flagged with (repeated calls, abuse, threat, long occupation), newest first. */
  flags: CallerMisuseFlagCount[];
}

/** A part of the assist that runs against a time budget: the repeat scan (R13.2) and the knowledge search (R15.1). */
export type AssistPart = 'repeats' | 'knowledge';

/** GET /api/v1/requests/{id}/assist, and the `assist` of the POST answer (R13.2, R15.1, R27.1). */
export interface RequestAssist {
  requestId: string;
  repeats: { likely: boolean; items: LikelyRepeatView[]; suggestedReasonCode?: 4 };
  emergency: {
    likely: boolean;
    hints: EmergencyHintView[];
    suggestedReasonCode?: 5;
    /** R10.1: the partner line whose agreed list (`takesFromUs`) holds the request's category, as a reason-5
     * rejection without `transferTo` would be sent to it; absent when no enabled line takes the category. */
    line?: PartnerLineHintView;
  };
  jurisdiction: JurisdictionCheckView;
  knowledge: KnowledgeAssistView;
  misuse: MisuseView;
  /**
   * The parts not finished inside their time budget, answered without: `repeats` lists none found (not checked),
   * `knowledge` is not available. Absent when every part finished. Intake's decision never depends on them.
   */
  cutShort?: AssistPart[];
}
