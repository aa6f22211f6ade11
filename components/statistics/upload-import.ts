import type { ImportEvent, ImportState } from '@/lib/statistics/import/schemas';

export type UploadProgress =
  | { stage: 'upload'; done: number; total: number }
  | { stage: 'check' }
  | { stage: 'write'; done: number; total: number };

/**
 * Posts the import form and follows it: upload progress from XHR, then the server's NDJSON progress lines,
 * then the outcome. (fetch cannot report upload progress.)
 */
export function uploadImport(
  url: string,
  form: FormData,
  onProgress: (p: UploadProgress) => void,
): Promise<ImportState> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    let read = 0;
    let result: ImportState | null = null;
    const consume = () => {
      const text = xhr.responseText;
      let end = text.indexOf('\n', read);
      while (end !== -1) {
        const event = JSON.parse(text.slice(read, end)) as ImportEvent;
        if (event.type === 'result') result = event.state;
        else if (event.stage === 'check') onProgress({ stage: 'check' });
        else onProgress({ stage: 'write', done: event.done ?? 0, total: event.total ?? 0 });
        read = end + 1;
        end = text.indexOf('\n', read);
      }
    };
    const failed = (error: string): ImportState => ({ status: 'error', error, problems: [] });
    xhr.open('POST', url);
    xhr.upload.onprogress = (e) =>
      onProgress({ stage: 'upload', done: e.loaded, total: e.lengthComputable ? e.total : 0 });
    xhr.upload.onload = () => onProgress({ stage: 'check' });
    xhr.onprogress = consume;
    xhr.onload = () => {
      if (xhr.status !== 200) return resolve(failed(xhr.responseText || 'Importen kunde inte tas emot. Försök igen.'));
      consume();
      resolve(result ?? failed('Svaret från servern var ofullständigt. Kontrollera importhistoriken och försök igen.'));
    };
    xhr.onerror = () => resolve(failed('Kunde inte nå servern. Kontrollera anslutningen och försök igen.'));
    xhr.send(form);
  });
}
