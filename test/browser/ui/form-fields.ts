/** The input inside the label whose text starts with `text`; throws when there is none. */
export function labelled(root: HTMLElement, text: string): HTMLInputElement {
  for (const label of root.querySelectorAll('label')) {
    if (label.textContent?.trim().startsWith(text)) {
      const input = label.querySelector('input');
      if (input) return input;
    }
  }
  throw new Error(`no input labelled "${text}"`);
}

/** Types `value` into the input labelled `label`, as the user would (an input event). */
export function fill(root: HTMLElement, label: string, value: string): void {
  const input = labelled(root, label);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Checks the radio button labelled `label`, as a click would. */
export function choose(root: HTMLElement, label: string): void {
  const radio = labelled(root, label);
  radio.checked = true;
  radio.dispatchEvent(new Event('change', { bubbles: true }));
}
