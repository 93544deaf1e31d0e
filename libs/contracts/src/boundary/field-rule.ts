/**
 * A field's rule declared once from several property decorators, applied as TypeScript applies a stack of them
 * above a property: the last first. The rule then checks, and words its messages, in the same order as the stack
 * it stands for.
 */
export function fieldRule(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => {
    for (const decorator of [...decorators].reverse()) decorator(target, property);
  };
}
