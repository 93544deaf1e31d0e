import { NotFoundError } from '@hotline/domain';
import { CallerMisuseFlagRepository } from '../callers/caller-misuse-flag.repository';
import { JurisdictionTable } from '../jurisdictions/jurisdiction-table';
import {
  CitizenRequestRepository,
  CallerRequestTime,
  RepeatCandidateRow,
} from '../requests/citizen-request.repository';
import { AssistRequestUseCase } from './assist-request.use-case';
import { PartnerLines } from '../partner-lines/partner-lines';
import { IntakeConfig } from '../intake.config';
import { KnowledgeAnswers } from './knowledge-answers';

const AT = new Date('2026-12-01T08:00:00Z');
const minutes = (n: number) => new Date(AT.getTime() + n * 60_000);

class FakeRequests {
  history: CallerRequestTime[] = [];
  candidates: RepeatCandidateRow[] = [];
  async findById(): Promise<null> {
    return null;
  }
  async ofCallersBetween(hashes: string[], after: Date, upTo: Date): Promise<CallerRequestTime[]> {
    return this.history.filter(
      (row) => hashes.includes(row.callerPhoneHash) && row.receivedAt > after && row.receivedAt <= upTo,
    );
  }
  async repeatCandidates(): Promise<RepeatCandidateRow[]> {
    return this.candidates;
  }
}

describe('the operator’s assist (R13.2, R27.1)', () => {
  let requests: FakeRequests;
  let assist: AssistRequestUseCase;

  beforeEach(() => {
    requests = new FakeRequests();
    const table = { entries: async () => [] } as unknown as JurisdictionTable;
    const knowledge = { for: async () => ({ available: false }) } as unknown as KnowledgeAnswers;
    const flags = { groupsOfCaller: async () => [] } as unknown as CallerMisuseFlagRepository;
    assist = new AssistRequestUseCase(
      requests as unknown as CitizenRequestRepository,
      table,
      knowledge,
      flags,
      new IntakeConfig(),
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

  it('R13.2 answers 404 for an unknown request', async () => {
    await expect(assist.execute({ requestId: '0b7c6a1e-1111-4222-8333-444455556666' })).rejects.toThrow(NotFoundError);
  });
});
