import { parameterNameAt } from './undecodable-path-params';

const TEMPLATES = [
  '/api/v1/work-orders/:id',
  '/api/v1/work-orders/:id/sign',
  '/api/v1/work-orders/:id/extensions/:eid/decision',
  '/api/v1/supervision-cases/:cid',
];

describe('the path parameter a request path holds at a segment', () => {
  const segmentsOf = (path: string) => path.split('/');

  it('names the parameter of the route whose other segments match', () => {
    expect(parameterNameAt(TEMPLATES, segmentsOf('/api/v1/work-orders/%ED%A0%80/sign'), 4)).toBe('id');
    expect(parameterNameAt(TEMPLATES, segmentsOf('/api/v1/work-orders/%ED%A0%80'), 4)).toBe('id');
    expect(parameterNameAt(TEMPLATES, segmentsOf('/api/v1/work-orders/x/extensions/%ED%A0%80/decision'), 6)).toBe(
      'eid',
    );
    expect(parameterNameAt(TEMPLATES, segmentsOf('/api/v1/supervision-cases/%ED'), 4)).toBe('cid');
  });

  it('names nothing where no route takes a parameter there', () => {
    expect(parameterNameAt(TEMPLATES, segmentsOf('/api/v1/%ED%A0%80/x/sign'), 3)).toBeUndefined();
    expect(parameterNameAt(TEMPLATES, segmentsOf('/api/v1/work-orders/%ED/unknown'), 4)).toBeUndefined();
    expect(parameterNameAt(TEMPLATES, segmentsOf('/api/v1/work-orders/x/sign/%ED'), 6)).toBeUndefined();
  });
});
