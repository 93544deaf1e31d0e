import { currentSession } from './session';
import { ApiError } from './api';

/** Fetches a document of the API as the signed-in user (a link cannot carry the token) and hands it to the browser. */
export async function fetchDocument(path: string): Promise<{ blob: Blob; fileName: string }> {
  const session = currentSession();
  const response = await fetch(path, { headers: session ? { Authorization: `Bearer ${session.token}` } : {} });
  if (!response.ok) throw new ApiError(response.status, await response.text());
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? path.split('/').pop() ?? 'download';
  return { blob: await response.blob(), fileName };
}

/** Saves the document under the name the API gives it. */
export async function downloadDocument(path: string): Promise<void> {
  const { blob, fileName } = await fetchDocument(path);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Opens an HTML document of the API in a new tab, e.g. to print it. */
export async function openDocument(path: string): Promise<void> {
  const { blob } = await fetchDocument(path);
  window.open(URL.createObjectURL(blob), '_blank');
}
