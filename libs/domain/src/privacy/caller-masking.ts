/** A phone number as digits only, without the +86 country prefix: the same number whatever was typed. */
export function normalisePhone(phone: string): string {
  const digits = phone.replace(/[^0-9]/g, '');
  return digits.startsWith('86') && digits.length === 13 ? digits.slice(2) : digits;
}

/** R14.3 what a handling unit may see of a phone number: 138****0000. */
export function maskPhone(phone: string): string {
  const digits = normalisePhone(phone);
  return digits.length <= 4 ? '****' : `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** R14.3 what a handling unit may see of a name: 张*, 欧阳** . */
export function maskName(name: string): string {
  const characters = [...name.trim()];
  return characters.length === 0 ? '' : `${characters[0]}${'*'.repeat(Math.max(1, characters.length - 1))}`;
}
