/**
 * Hands text to the browser as a download through a Blob URL (nothing leaves
 * the tab). A Blob (a large CSV built in parts) is wrapped, not copied.
 */
export function saveTextFile(options: { text: string | Blob; name: string; type: string }): void {
  const url = URL.createObjectURL(new Blob([options.text], { type: options.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = options.name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started once click() returns; the URL can go after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
