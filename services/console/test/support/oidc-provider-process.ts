import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** Starts support/oidc-provider.mjs and resolves when it listens. */
export async function startOidcProvider(
  port: number,
  redirectUri: string,
): Promise<{ issuer: string; stop: () => void }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(__dirname, 'oidc-provider.mjs'), String(port), redirectUri],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`oidc-provider did not start: ${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`listening ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`oidc-provider exited ${code}: ${output}`))));
  });
  return { issuer: `http://127.0.0.1:${port}`, stop: () => void child.kill('SIGKILL') };
}
