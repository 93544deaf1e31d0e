/** 城正街街道: the seed's 接诉即办 rule sends its street lights there. */
export const STREET_UNIT = 'xt-yuhu-chengzheng';

/** A phone complaint about a street light on 建设北路, 城正街街道, as an operator records it (POST /api/v1/requests). */
export const streetLightComplaint = (content: string) => ({
  channel: 'phone',
  caller: { name: '刘建国', phone: '13807320001' },
  content,
  type: 'complaint',
  category: '路灯',
  location: { district: '雨湖区', street: '城正街街道', address: '建设北路88号', lat: 27.8651, lng: 112.9103 },
});
