import { inspectInput, MAX_INPUT_DEPTH, textProblem } from './input-boundary';

function nested(depth: number, leaf: unknown = 'bottom'): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('the input boundary of bodies, query strings and messages', () => {
  it('refuses a NUL byte and names the field, however deep', () => {
    expect(inspectInput({ content: 'ab\u0000c' }, '')).toEqual({
      field: 'content',
      problems: ['must not contain a NUL character'],
    });
    expect(inspectInput({ location: { address: '\u0000' } }, '')?.field).toBe('location.address');
    expect(inspectInput({ coUnitIds: ['a', 'b\u0000'] }, '')?.field).toBe('coUnitIds.1');
    expect(inspectInput('%\u0000', 'text')?.field).toBe('text');
  });

  it('refuses an unpaired surrogate but keeps astral characters and right-to-left text', () => {
    expect(inspectInput({ name: 'x\uD800' }, '')?.problems[0]).toMatch(/unpaired surrogate/);
    expect(inspectInput({ name: '\uDC00x' }, '')?.problems[0]).toMatch(/unpaired surrogate/);
    expect(textProblem('𠀀 湘潭 😀')).toBeUndefined();
    const uyghur = { caller: { name: 'ئابدۇرېھىم' } };
    expect(inspectInput(uyghur, '')).toBeUndefined();
    expect(uyghur.caller.name).toBe('ئابدۇرېھىم');
  });

  it('refuses a key that cannot be stored', () => {
    expect(inspectInput({ location: { 'a\u0000': 1 } }, '')).toEqual({
      field: 'location',
      problems: ['a key must not contain a NUL character'],
    });
  });

  it(`refuses nesting deeper than ${MAX_INPUT_DEPTH} levels without recursing (50,000-deep arrays too)`, () => {
    expect(inspectInput(nested(MAX_INPUT_DEPTH - 1), '')).toBeUndefined();
    expect(inspectInput(nested(10_000), '')?.problems[0]).toMatch(/nest deeper/);
    const deepArray = JSON.parse('['.repeat(50_000) + ']'.repeat(50_000));
    expect(inspectInput({ coUnitIds: deepArray }, '')?.problems[0]).toMatch(/nest deeper/);
  });

  it('drops __proto__, constructor and prototype keys, so that none reaches a prototype', () => {
    const body = JSON.parse(
      '{"content":"x","__proto__":{"polluted":true},"location":{"constructor":{"prototype":{"p":1}}}}',
    );
    expect(inspectInput(body, '')).toBeUndefined();
    expect(Object.keys(body)).toEqual(['content', 'location']);
    expect(body.location).toEqual({});
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('turns text that shows nothing (white space, zero-width and other format characters) into empty text', () => {
    const body = { content: ' \t\u200B\u200D\uFEFF\u2060 ', basis: '  依据  ', reason: '\u200F' };
    expect(inspectInput(body, '')).toBeUndefined();
    expect(body).toEqual({ content: '', basis: '  依据  ', reason: '' });
  });
});
