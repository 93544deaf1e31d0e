import { REJECTION_REASONS } from '../reference/rejection-reasons';
import { outsideCityRejection, placeOfDistrict } from './district-place';
import { XIANGTAN_JURISDICTIONS } from './xiangtan-jurisdictions';

describe('where a district lies, and what intake makes of it (R13.1(8), R13.2, R14.2)', () => {
  it('R13.2 names a district of Xiangtan by its official name, also when given by an alias', () => {
    expect(placeOfDistrict(XIANGTAN_JURISDICTIONS, '高新区')).toEqual({
      kind: 'inside',
      name: '湘潭高新区',
      code: 'high-tech-zone',
    });
    expect(placeOfDistrict(XIANGTAN_JURISDICTIONS, '雨湖区')).toMatchObject({ kind: 'inside', name: '雨湖区' });
  });

  it('R13.2 knows 岳麓区 (Changsha) and other places around the city to lie outside it', () => {
    expect(placeOfDistrict(XIANGTAN_JURISDICTIONS, '岳麓区')).toEqual({
      kind: 'outside',
      given: '岳麓区',
      places: ['岳麓区'],
    });
    expect(placeOfDistrict(XIANGTAN_JURISDICTIONS, '长沙市岳麓区')).toMatchObject({
      kind: 'outside',
      places: ['长沙市', '岳麓区'],
    });
    expect(placeOfDistrict(XIANGTAN_JURISDICTIONS, '广东省')).toMatchObject({ kind: 'outside' });
  });

  it('R13.2 leaves a district it does not know as unknown, not outside', () => {
    expect(placeOfDistrict(XIANGTAN_JURISDICTIONS, '某某区')).toEqual({ kind: 'unknown', given: '某某区' });
  });

  it('R13.1 R14.2 a district known to lie outside the city becomes a rejection with reason 8 and the basis told to the caller', () => {
    const rejection = outsideCityRejection(placeOfDistrict(XIANGTAN_JURISDICTIONS, '岳麓区'));
    expect(rejection).toEqual({
      reasonCode: 8,
      basis: expect.stringContaining('所反映问题发生在岳麓区，不属于湘潭市行政职权管辖范围'),
    });
    expect(rejection!.basis).toContain('第十三条第（八）项');
    expect(rejection!.basis).toContain(REJECTION_REASONS[7]!.zh);
  });

  it('R13.2 a district inside the city, an unknown one or none at all is no rejection', () => {
    expect(outsideCityRejection(placeOfDistrict(XIANGTAN_JURISDICTIONS, '岳塘区'))).toBeUndefined();
    expect(outsideCityRejection(placeOfDistrict(XIANGTAN_JURISDICTIONS, '某某区'))).toBeUndefined();
    expect(outsideCityRejection(undefined)).toBeUndefined();
  });
});
