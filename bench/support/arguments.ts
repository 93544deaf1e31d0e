/** `--name value` from the command line, or the fallback: how every bench reads its options. */
export function textArgument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

/** `--name 123` from the command line as a number, or the fallback. */
export function numberArgument(name: string, fallback: number): number {
  return Number(textArgument(name, String(fallback)));
}
