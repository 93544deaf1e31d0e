import { NotFoundError } from '@hotline/domain';
import { CallerMisuseFlagRepository } from '../callers/caller-misuse-flag.repository';
import { JurisdictionTable } from '../jurisdictions/jurisdiction-table';
import {
  CitizenRequestRepository,
  CallerRequestTime,
  RepeatCandidateRow,
  RepeatPlaceRow,
} from '../requests/citizen-request.repository';
import { AssistRequestUseCase } from './assist-request.use-case';
import { PartnerLines } from '../partner-lines/partner-lines';
import { IntakeConfig } from '../intake.config';
import { KnowledgeAnswers } from './knowledge-answers';
import { CitizenRequest } from '../requests/citizen-request.entity';

const AT = new Date('2026-12-01T08:00:00Z');
const minutes = (n: number) => new Date(AT.getTime() + n * 60_000);

class FakeRequests {
  history: CallerRequestTime[] = [];
  places: RepeatPlaceRow[] = [];
  candidates: RepeatCandidateRow[] = [];
  /** until it resolves, the repeat scan's first read does not answer */
  placesAnswered: Promise<void> = Promise.resolve();
  asked: string[][] = [];
  async findById(): Promise<null> {
    return null;
  }
  async repeatPlaces(): Promise<RepeatPlaceRow[]> {
    await this.placesAnswered;
    return this.places;
  }
  async ofCallersBetween(hashes: string[], after: Date, upTo: Date): Promise<CallerRequestTime[]> {
    return this.history.filter(
      (row) => hashes.includes(row.callerPhoneHash) && row.receivedAt > after && row.receivedAt <= upTo,
    );
  }
  async repeatCandidates(ids: string[]): Promise<RepeatCandidateRow[]> {
    this.asked.push(ids);
    return this.candidates.filter((row) => ids.includes(row.id));
  }
}

describe('the operator’s assist (R13.2, R27.1)', () => {
  let requests: FakeRequests;
  let assist: AssistRequestUseCase;
  let knowledgeAnswered: Promise<void>;

  beforeEach(() => {
    requests = new FakeRequests();
    knowledgeAnswered = Promise.resolve();
    const table = { entries: async () => [] } as unknown as JurisdictionTable;
    const knowledge = {
      for: async () => {
        await knowledgeAnswered;
        return { available: true, terms: ['路灯'], items: [] };
      },
    } as unknown as KnowledgeAnswers;
    const flags = { groupsOfCaller: async () => [] } as unknown as CallerMisuseFlagRepository;
    assist = new AssistRequestUseCase(
      requests as unknown as CitizenRequestRepository,
      table,
      knowledge,
      flags,
      Object.assign(new IntakeConfig(), { HOTLINE_REPEAT_SCAN_BUDGET_MS: 30, HOTLINE_KNOWLEDGE_ASSIST_TIMEOUT_MS: 50 }),
      { all: () => Promise.resolve([]) } as unknown as PartnerLines,
    );
  });

  it('R27.1 counts a caller’s requests recorded together in order: each counts only those before it, in the window', async () => {
    requests.history = [
      { id: 'old', callerPhoneHash: 'h1', receivedAt: minutes(-90) },
      { id: 'a', callerPhoneHash: 'h1', receivedAt: minutes(-30) },
      { id: 'b', callerPhoneHash: 'h1', receivedAt: minutes(-20) },
      { id: 'c', callerPhoneHash: 'h1', receivedAt: minutes(-10) },
    ];
    const batch = [
      { id: 'd', callerPhoneHash: 'h1', receivedAt: AT },
      { id: 'e', callerPhoneHash: 'h1', receivedAt: AT },
      { id: 'f', callerPhoneHash: null, receivedAt: AT },
    ];
    requests.history.push(
      ...batch.flatMap((row) => (row.callerPhoneHash ? [{ ...row, callerPhoneHash: row.callerPhoneHash }] : [])),
    );
    const views = await assist.misuseOfAll(batch);
    expect(views).toEqual([
      { checked: true, flagged: false, count: 4, limit: 5, windowMinutes: 60 },
      { checked: true, flagged: true, count: 5, limit: 5, windowMinutes: 60 },
      { checked: false, flagged: false, count: 0, limit: 5, windowMinutes: 60 },
    ]);
  });

  describe('R13.2 R15.1 the repeat scan and the knowledge search within their budgets', () => {
    const request = {
      id: 'now',
      callerPhoneHash: 'h1',
      content: '建设路路灯坏了一周',
      location: { district: '雨湖区', street: '建设路' },
      receivedAt: AT,
    } as unknown as CitizenRequest;
    const misuse = { checked: true, flagged: false, count: 1, limit: 5, windowMinutes: 60 };
    const row = (id: string, callerPhoneHash: string, street: string): RepeatCandidateRow => ({
      id,
      callerPhoneHash,
      location: { district: '雨湖区', street },
      content: '建设路路灯坏了',
      receivedAt: minutes(-60),
      workOrderId: `wo-${id}`,
      number: `XT-${id}`,
      status: 'handling',
    });

    beforeEach(() => {
      requests.candidates = [row('same-caller', 'h1', '韶山路'), row('same-place', 'h2', '建设路')];
      requests.places = [
        ...requests.candidates.map((candidate) => ({
          id: candidate.id,
          callerPhoneHash: candidate.callerPhoneHash,
          district: '雨湖区',
          street: candidate.location!['street'] as string,
          address: null,
        })),
        { id: 'elsewhere', callerPhoneHash: 'h3', district: '雨湖区', street: '韶山路', address: null },
      ];
    });

    it('R13.2 reads the text of the same caller’s and the same place’s requests only, and says nothing was cut', async () => {
      const answer = await assist.forRequest(request, misuse);
      expect(requests.asked).toEqual([['same-caller', 'same-place']]);
      expect(answer.repeats.items.map((item) => item.requestId).sort()).toEqual(['same-caller', 'same-place']);
      expect(answer.knowledge.available).toBe(true);
      expect(answer).not.toHaveProperty('cutShort');
    });

    it('R13.2 answers without repeats when the scan outlasts its budget, and says so', async () => {
      requests.placesAnswered = new Promise(() => undefined);
      const started = Date.now();
      const answer = await assist.forRequest(request, misuse);
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(answer.cutShort).toEqual(['repeats']);
      expect(answer.repeats).toEqual({ likely: false, items: [] });
      expect(answer.knowledge.available).toBe(true);
      expect(answer.misuse).toMatchObject({ checked: true, count: 1 });
    });

    it('R15.1 answers without knowledge when the search outlasts its budget, and says so', async () => {
      knowledgeAnswered = new Promise(() => undefined);
      const answer = await assist.forRequest(request, misuse);
      expect(answer.cutShort).toEqual(['knowledge']);
      expect(answer.knowledge).toEqual({ available: false });
      expect(answer.repeats.likely).toBe(true);
    });
  });

  it('R13.2 answers 404 for an unknown request', async () => {
    await expect(assist.execute({ requestId: '0b7c6a1e-1111-4222-8333-444455556666' })).rejects.toThrow(NotFoundError);
  });
});
