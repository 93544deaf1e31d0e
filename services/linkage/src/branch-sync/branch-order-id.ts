import { createHash } from 'node:crypto';

/** Our id of a branch order, the same for (branch, external id) every time (a name-based UUID, version 5). */
export function branchOrderId(branchCode: string, externalId: string): string {
  const hash = createHash('sha1').update(`hotline:branch-order:${branchCode}:${externalId}`).digest();
  hash.writeUInt8((hash.readUInt8(6) & 0x0f) | 0x50, 6);
  hash.writeUInt8((hash.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
