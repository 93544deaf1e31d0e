import { RecordRequestCommand } from '@hotline/contracts';
import { Open311CreateRequest } from './open311-request.dto';

/** A GeoReport v2 request as the intake command of channel `open311`. */
export function toRecordRequest(input: Open311CreateRequest): RecordRequestCommand {
  const name = [input.last_name, input.first_name].filter(Boolean).join('');
  const attribute = input.attribute ?? {};
  const location = {
    ...(attribute.district ? { district: attribute.district } : {}),
    ...(attribute.street ? { street: attribute.street } : {}),
    ...(input.address_string ? { address: input.address_string } : {}),
    ...(input.lat !== undefined ? { lat: input.lat } : {}),
    ...(input.long !== undefined ? { lng: input.long } : {}),
  };
  return {
    channel: 'open311',
    caller: {
      ...(name ? { name } : {}),
      ...(input.phone ? { phone: input.phone } : {}),
      ...(attribute.anonymous === true || attribute.anonymous === 'true' ? { anonymous: true } : {}),
    },
    content: input.description,
    type: input.service_code,
    ...(attribute.field ? { field: attribute.field } : {}),
    ...(Object.keys(location).length > 0 ? { location } : {}),
  };
}

/** Field names of the intake command as the Open311 client spelled them. */
const OPEN311_FIELD_NAMES: Readonly<Record<string, string>> = {
  content: 'description',
  type: 'service_code',
  field: 'attribute[field]',
  'caller.name': 'first_name',
  'caller.phone': 'phone',
  'location.district': 'attribute[district]',
  'location.street': 'attribute[street]',
  'location.address': 'address_string',
  'location.lat': 'lat',
  'location.lng': 'long',
};

export function open311FieldName(field: string): string {
  return OPEN311_FIELD_NAMES[field] ?? field.replace(/^attribute\.(.+)$/, 'attribute[$1]');
}
