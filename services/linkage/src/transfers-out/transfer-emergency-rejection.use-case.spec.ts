import { Actor, WorkOrderRejectedPayload } from '@hotline/contracts';
import { StateConflictError } from '@hotline/domain';
import { PartnersRepository } from '../partners/partners.repository';
import { SendTransfer } from './send-transfer';
import {
  TransferEmergencyRejectionCommand,
  TransferEmergencyRejectionUseCase,
} from './transfer-emergency-rejection.use-case';
import { TransfersOutRepository } from './transfers-out.repository';

const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
const NOW = new Date('2026-11-30T02:00:00Z');
const POLICE = { code: '110', kind: 'emergency', enabled: true, takesFromUs: [] };

const rejection = {
  workOrderId: '3f1c2a9e-8b7d-4c6e-9a5f-1d2e3b4c5a6f',
  reasonCode: 5,
  transferTo: '110',
  shareCallback: false,
  request: { type: 'help', content: '建设路菜市场有人持刀伤人', category: '治安警情' },
} as unknown as WorkOrderRejectedPayload;

/** The use case with the registry and the repository answering as they would before any transfer of the order. */
function useCaseSending(send: () => Promise<unknown>): TransferEmergencyRejectionUseCase {
  const partners = { list: async () => [POLICE] } as unknown as PartnersRepository;
  const transfers = { anyOfWorkOrder: async () => false } as unknown as TransfersOutRepository;
  const sender = { send, unrouted: async () => undefined } as unknown as SendTransfer;
  return new TransferEmergencyRejectionUseCase(partners, transfers, sender);
}

describe('an emergency rejection transferred by itself (R13.1(5), R10.1)', () => {
  const command = new TransferEmergencyRejectionCommand(rejection, OPERATOR, NOW);

  it('R10.1 leaves the order be when the operator’s own transfer got there first (a 409 of the send)', async () => {
    const send = useCaseSending(async () => {
      throw new StateConflictError('work order was transferred to 110 already');
    });
    await expect(send.execute(command)).resolves.toBeUndefined();
  });

  it('R10.1 lets any other failure of the send through, so that the event is retried', async () => {
    const send = useCaseSending(async () => {
      throw new Error('the database went away');
    });
    await expect(send.execute(command)).rejects.toThrow('the database went away');
  });
});
