import { REQUEST_FIELDS, REQUEST_TYPES, RequestType } from '@hotline/contracts';
import { REQUEST_FIELD_NAMES, REQUEST_TYPE_NAMES } from '@hotline/domain';

// GeoReport v2 service discovery: the request types of R12.1 are the services, with the attributes a client may send.

/** A service code of services.json, i.e. a request type. */
export const isServiceCode = (code: string): code is RequestType => (REQUEST_TYPES as readonly string[]).includes(code);

/** services.json: the request types of R12.1 are the services. */
export function serviceList() {
  return REQUEST_TYPES.map((type) => ({
    service_code: type,
    service_name: REQUEST_TYPE_NAMES[type].zh,
    description: `${REQUEST_TYPE_NAMES[type].zh}（${REQUEST_TYPE_NAMES[type].en}）`,
    metadata: true,
    type: 'realtime',
    keywords: [REQUEST_TYPE_NAMES[type].zh, REQUEST_TYPE_NAMES[type].en].join(','),
    group: '12345',
  }));
}

/** services/{code}.json: the attributes a client may send as attribute[code]. */
export function serviceDefinition(code: RequestType, districts: readonly string[]) {
  return {
    service_code: code,
    attributes: [
      {
        variable: true,
        code: 'district',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: '湘潭市的区、县、市或园区',
        order: 1,
        description: '所在区县市（园区）',
        values: districts.map((name) => ({ key: name, name })),
      },
      {
        variable: true,
        code: 'street',
        datatype: 'string',
        required: false,
        datatype_description: '乡镇或街道名称',
        order: 2,
        description: '所在乡镇（街道）',
      },
      {
        variable: true,
        code: 'field',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: '诉求所属领域',
        order: 3,
        description: '领域',
        values: REQUEST_FIELDS.map((field) => ({ key: field, name: REQUEST_FIELD_NAMES[field] })),
      },
      {
        variable: true,
        code: 'anonymous',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: '是否匿名：匿名时承办单位看不到姓名和电话',
        order: 4,
        description: '匿名',
        values: [
          { key: 'true', name: '匿名' },
          { key: 'false', name: '实名' },
        ],
      },
    ],
  };
}
