import { ArgumentMetadata, ValidationError } from '@nestjs/common';
import { EventEnvelope } from '@hotline/contracts';
import { plainToInstance } from 'class-transformer';
import { createValidationPipe, flattenValidationErrors } from './validation.pipe';

describe('flattenValidationErrors', () => {
  it('names nested fields by their path', () => {
    const child: ValidationError = { property: 'phone', constraints: { matches: 'phone must be a number' } };
    const parent: ValidationError = { property: 'caller', children: [child] };
    expect(flattenValidationErrors([parent])).toEqual([
      { field: 'caller.phone', problems: ['phone must be a number'] },
    ]);
  });
});

describe('the validation pipe on an event handler', () => {
  const pipe = createValidationPipe();
  const metadata: ArgumentMetadata = { type: 'body', metatype: EventEnvelope };
  const plainEnvelope = {
    id: '0195f0a4-6b1e-7cc2-9a56-3c1f6e2d8a11',
    type: 'workorder.created',
    schemaVersion: 1,
    occurredAt: '2026-11-25T02:00:00.000Z',
    actor: { kind: 'user', id: 'op-1' },
    payload: { state: { status: 'awaiting-dispatch' } },
  };

  it('takes an envelope the transport built as it is, without copying the work order again', async () => {
    const built = plainToInstance(EventEnvelope, plainEnvelope);
    await expect(pipe.transform(built, metadata)).resolves.toBe(built);
  });

  it('still validates a plain object sent as an envelope', async () => {
    await expect(pipe.transform({ ...plainEnvelope, smuggled: 'x' }, metadata)).rejects.toThrow(/smuggled/);
  });
});
