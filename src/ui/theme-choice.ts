/**
 * The colour theme the user picked for this session: the system's (no data-theme on <html>, the
 * stylesheet follows prefers-color-scheme), or light or dark forced (data-theme="light"|"dark", which
 * Pico and theme.css both honour). The attribute on <html> is the only place the choice lives: it is
 * never written to storage (the app stores nothing without consent), so a reload follows the system again.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_CHOICES: readonly { readonly value: ThemeChoice; readonly label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The choice in force on the page, read back from <html>. */
export function chosenTheme(root: HTMLElement = document.documentElement): ThemeChoice {
  const theme = root.dataset.theme;
  return theme === 'light' || theme === 'dark' ? theme : 'system';
}

/** Applies a choice to the page: light and dark set data-theme on <html>, the system's removes it. */
export function chooseTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

/** Whether the page is dark now: the choice on <html> first, then the system's preference. */
export function isDarkTheme(root: HTMLElement = document.documentElement): boolean {
  const choice = chosenTheme(root);
  return choice === 'system' ? matchMedia(DARK_QUERY).matches : choice === 'dark';
}

/**
 * Calls `changed` whenever the page's theme may have changed: a new choice on <html> (whoever set it)
 * or the system switching between light and dark. Returns the function that stops listening.
 */
export function watchTheme(changed: () => void, root: HTMLElement = document.documentElement): () => void {
  const scheme = matchMedia(DARK_QUERY);
  scheme.addEventListener('change', changed);
  const observer = new MutationObserver(changed);
  observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    scheme.removeEventListener('change', changed);
    observer.disconnect();
  };
}
