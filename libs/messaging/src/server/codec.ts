import { MsgHdrs, headers as natsHeaders } from 'nats';
import { HeaderCarrier } from '@hotline/telemetry';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeJson(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

export function decodeText(data: Uint8Array): string {
  return decoder.decode(data);
}

export function headersToCarrier(headers: MsgHdrs | undefined): HeaderCarrier {
  const carrier: HeaderCarrier = {};
  if (!headers) return carrier;
  for (const key of headers.keys()) carrier[key.toLowerCase()] = headers.get(key);
  return carrier;
}

export function carrierToHeaders(carrier: HeaderCarrier): MsgHdrs {
  const result = natsHeaders();
  for (const [key, value] of Object.entries(carrier)) result.set(key, value);
  return result;
}
