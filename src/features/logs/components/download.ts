/** Saves text as a file through a temporary object URL (no server round trip, no size limit of a data URL). */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns; let them, then free the memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
