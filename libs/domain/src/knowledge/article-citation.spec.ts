import { RegulationViolationError } from '../errors/domain-error';
import { citeArticle } from './article-citation';

describe('citing a knowledge article (R15.1)', () => {
  it('R15.1 cites a published article with the version the caller was answered from', () => {
    expect(citeArticle('kb-hpf-loan', { id: 'kb-hpf-loan', status: 'published', version: 4 })).toEqual({
      articleId: 'kb-hpf-loan',
      articleVersion: 4,
    });
  });

  it('R15.1 refuses an article that does not exist (422 naming articleId)', () => {
    const attempt = () => citeArticle('kb-nowhere', undefined);
    expect(attempt).toThrow(RegulationViolationError);
    expect(attempt).toThrow(
      expect.objectContaining({
        httpStatus: 422,
        requirement: 'R15.1',
        details: expect.objectContaining({ field: 'articleId' }),
      }),
    );
    expect(() => citeArticle('kb-nowhere', undefined, 'decision.articleId')).toThrow(
      /decision\.articleId: no knowledge article 'kb-nowhere'/,
    );
  });

  it.each(['draft', 'retired'])('R15.1 refuses a %s article: only a current one may answer a caller', (status) => {
    expect(() => citeArticle('kb-1', { id: 'kb-1', status, version: 2 })).toThrow(
      new RegExp(`kb-1' is ${status}; only a published article may be cited`),
    );
  });
});
