import { Actor, ArticleStatus } from '@hotline/contracts';
import { InvalidDomainInputError, NotFoundError, StateConflictError } from '@hotline/domain';
import { EntityManager } from 'typeorm';
import { ArticleWriter } from './article-writer';
import { ArticleState } from './article.entity';
import { ArticleRepository } from './article.repository';
import { UpdateArticleCommand, UpdateArticleUseCase } from './update-article.use-case';
import { Transactions } from '@hotline/persistence';

const EDU: Actor = { kind: 'user', id: 'edu-1', role: 'unit', unitId: 'xt-jyj' };
const WATER: Actor = { kind: 'user', id: 'water-1', role: 'unit', unitId: 'xt-water' };
const NOW = new Date('2026-03-02T01:00:00Z');

const ENROLMENT: ArticleState = {
  id: 'kb-enrolment',
  ownerUnitId: 'xt-jyj',
  title: '小学入学材料',
  body: '户口簿、房产证明',
  keywords: ['入学'],
  areas: ['all'],
  field: null,
  category: '入学',
  status: 'published',
  reviewBy: '2026-09-01',
  version: 3,
  createdAt: new Date('2026-01-01T00:00:00Z'),
  updatedAt: new Date('2026-02-01T00:00:00Z'),
};

function setUp() {
  const written: Array<{ article: ArticleState; previousStatus: ArticleStatus; changeNote: string | null }> = [];
  const articles = {
    lockById: (_manager: EntityManager, id: string) => Promise.resolve(id === ENROLMENT.id ? ENROLMENT : null),
  } as unknown as ArticleRepository;
  const writer = {
    update: (
      _manager: EntityManager,
      article: ArticleState,
      previousStatus: ArticleStatus,
      _actor: Actor,
      changeNote: string | null,
    ) => {
      written.push({ article, previousStatus, changeNote });
      return Promise.resolve();
    },
  } as unknown as ArticleWriter;
  const transactions = {
    run: <T>(work: (manager: EntityManager) => Promise<T>) => work({} as EntityManager),
  } as unknown as Transactions;
  return { written, useCase: new UpdateArticleUseCase(transactions, articles, writer) };
}

describe('UpdateArticleUseCase (R7.1, R8.1)', () => {
  it('R7.1 a change becomes the next version, written with the status it had before', async () => {
    const { useCase, written } = setUp();
    const view = await useCase.execute(
      new UpdateArticleCommand(
        'kb-enrolment',
        { title: ' 小学入学需要的材料 ', status: 'retired', changeNote: '政策调整' },
        EDU,
        NOW,
      ),
    );
    expect(view).toMatchObject({
      title: '小学入学需要的材料',
      status: 'retired',
      version: 4,
      body: ENROLMENT.body,
      updatedAt: NOW.toISOString(),
    });
    expect(written).toEqual([
      {
        article: expect.objectContaining({ version: 4, status: 'retired' }),
        previousStatus: 'published',
        changeNote: '政策调整',
      },
    ]);
  });

  it('answers a change naming nothing to change with 400, before reading anything', async () => {
    const { useCase, written } = setUp();
    await expect(useCase.execute(new UpdateArticleCommand('kb-enrolment', {}, EDU, NOW))).rejects.toBeInstanceOf(
      InvalidDomainInputError,
    );
    await expect(useCase.execute(new UpdateArticleCommand('kb-enrolment', {}, EDU, NOW))).rejects.toMatchObject({
      httpStatus: 400,
      message: expect.stringMatching(/^changes: name at least one of title, body/),
    });
    expect(written).toEqual([]);
  });

  it('answers 404 for no such article, 403 for another unit (R8.1) and 409 for an edit of an older version', async () => {
    const { useCase, written } = setUp();
    await expect(useCase.execute(new UpdateArticleCommand('kb-nothing', { body: 'x' }, EDU, NOW))).rejects.toEqual(
      new NotFoundError('No knowledge article kb-nothing'),
    );
    await expect(
      useCase.execute(new UpdateArticleCommand('kb-enrolment', { body: 'x' }, WATER, NOW)),
    ).rejects.toMatchObject({ httpStatus: 403 });
    await expect(
      useCase.execute(new UpdateArticleCommand('kb-enrolment', { body: 'x', expectedVersion: 2 }, EDU, NOW)),
    ).rejects.toEqual(new StateConflictError('Article kb-enrolment is at version 3, not 2: reload and edit again'));
    expect(written).toEqual([]);
  });
});
