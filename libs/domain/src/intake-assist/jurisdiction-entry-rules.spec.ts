import { jurisdictionParentEntryProblem, jurisdictionParentProblem } from './jurisdiction-entry-rules';

describe('entries of the jurisdiction table (R13.2)', () => {
  it('R13.2 a district, county, city or zone stands alone', () => {
    expect(jurisdictionParentProblem('district', undefined)).toBeUndefined();
    expect(jurisdictionParentProblem('zone', 'yuhu')).toBe('a district, county, city or zone has no parent');
  });

  it('R13.2 a township or street names the district, county, city or zone it lies in', () => {
    expect(jurisdictionParentProblem('street', 'yuhu')).toBeUndefined();
    expect(jurisdictionParentProblem('township', undefined)).toBe(
      'a township or street names its district, county, city or zone',
    );
  });

  it('R13.2 the parent named must be a top-level entry of the table', () => {
    expect(jurisdictionParentEntryProblem('yuhu', { kind: 'district' })).toBeUndefined();
    expect(jurisdictionParentEntryProblem('yuhu-01', { kind: 'street' })).toBe(
      'no district, county, city or zone yuhu-01',
    );
    expect(jurisdictionParentEntryProblem('nowhere', null)).toBe('no district, county, city or zone nowhere');
  });
});
