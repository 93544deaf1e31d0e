import { serviceDefinition, serviceList } from './open311-services';

describe('Open311 GeoReport v2 mapping (R2.1)', () => {
  it('R2.1 offers the five request types of R12.1 as services, each with its attributes', () => {
    expect(serviceList().map((service) => service.service_code)).toEqual([
      'consultation',
      'help',
      'complaint',
      'report',
      'suggestion',
    ]);
    const definition = serviceDefinition('complaint', ['雨湖区', '岳塘区']);
    expect(definition.attributes.map((attribute) => attribute.code)).toEqual([
      'district',
      'street',
      'field',
      'anonymous',
    ]);
    expect(definition.attributes[0].values).toEqual([
      { key: '雨湖区', name: '雨湖区' },
      { key: '岳塘区', name: '岳塘区' },
    ]);
  });
});
