import { AwaitViewVersionUseCase } from './await-view-version.use-case';
import { ViewVersions } from './view-versions';
import { WorkOrderListingRepository } from './work-order-listing.repository';

const ORDER = '0195f0a4-6b1e-7cc2-9a56-3c1f6e2d8a12';

/** The listing's version as the table holds it, and how often it was read. */
function listingAt(version: number) {
  const listing = { version, reads: 0 };
  const repository = {
    shownVersion: async () => (listing.reads++, listing.version),
  } as unknown as WorkOrderListingRepository;
  return { listing, repository };
}

describe('read your writes: waiting for the view to show a version', () => {
  it('answers at once when the table already shows the version', async () => {
    const { listing, repository } = listingAt(4);
    const answer = await new AwaitViewVersionUseCase(repository, new ViewVersions()).execute({
      workOrderId: ORDER,
      version: 4,
      waitMs: 1_000,
    });
    expect(answer).toEqual({ reached: true, version: 4 });
    expect(listing.reads).toBe(1);
  });

  it('takes the version this process projected without reading the table again', async () => {
    const { listing, repository } = listingAt(3);
    const versions = new ViewVersions();
    const waiting = new AwaitViewVersionUseCase(repository, versions).execute({
      workOrderId: ORDER,
      version: 4,
      waitMs: 5_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    versions.seen(ORDER, 5);
    expect(await waiting).toEqual({ reached: true, version: 5 });
    expect(listing.reads).toBe(1);
  });

  it('reads the table again when another replica projected it, and gives up after the wait', async () => {
    const { listing, repository } = listingAt(3);
    const useCase = new AwaitViewVersionUseCase(repository, new ViewVersions());
    const waiting = useCase.execute({ workOrderId: ORDER, version: 4, waitMs: 2_000 });
    setTimeout(() => (listing.version = 4), 120);
    expect(await waiting).toEqual({ reached: true, version: 4 });
    expect(listing.reads).toBeGreaterThan(1);
    expect(await useCase.execute({ workOrderId: ORDER, version: 6, waitMs: 120 })).toEqual({
      reached: false,
      version: 4,
    });
  });
});
