import { escapeXml, toXml } from './xml-serializer';

describe('the GeoReport v2 XML writer (R2.1 Open311 channel)', () => {
  it('writes lists with their item elements, as the spec names them', () => {
    const xml = toXml('service_requests', [{ service_request_id: 'XT20261125000001', service_notice: '已受理' }], {
      service_requests: 'request',
    });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="utf-8"?><service_requests><request><service_request_id>XT20261125000001</service_request_id>' +
        '<service_notice>已受理</service_notice></request></service_requests>',
    );
  });

  it('escapes markup in text, so a description cannot inject elements', () => {
    expect(toXml('r', { description: '<b>井盖</b> & "路灯"' })).toContain(
      '<description>&lt;b&gt;井盖&lt;/b&gt; &amp; &quot;路灯&quot;</description>',
    );
    expect(escapeXml("'")).toBe('&apos;');
  });

  it('leaves out undefined, writes null as an empty element, numbers and booleans as text', () => {
    expect(
      toXml(
        's',
        { a: undefined, b: null, lat: 27.83, metadata: true, nested: { values: [{ key: 'k', name: 'n' }] } },
        { values: 'value' },
      ),
    ).toBe(
      '<?xml version="1.0" encoding="utf-8"?><s><b/><lat>27.83</lat><metadata>true</metadata><nested><values><value><key>k</key><name>n</name></value></values></nested></s>',
    );
  });

  it('drops control characters XML cannot carry', () => {
    expect(toXml('d', 'a\u0001b')).toBe('<?xml version="1.0" encoding="utf-8"?><d>ab</d>');
  });
});
