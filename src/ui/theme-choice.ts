/**
 * The colour theme in force and the user's choice for this session. The page always carries the theme it
 * shows as data-theme="light"|"dark" on <html> (Pico and theme.css key their tokens on it, so theme.css
 * holds the dark tokens once); the choice — the system's, or light or dark forced — sits beside it as
 * data-theme-choice, and while it is the system's, followSystemTheme keeps data-theme in step with
 * prefers-color-scheme. Both live on <html> only: never written to storage (the app stores nothing
 * without consent), so a reload follows the system again.
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
  const choice = root.dataset.themeChoice;
  return choice === 'light' || choice === 'dark' ? choice : 'system';
}

/** Applies a choice to the page: data-theme becomes the theme it means (the system's, for System). */
export function chooseTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === 'system') delete root.dataset.themeChoice;
  else root.dataset.themeChoice = choice;
  showTheme(root);
}

/** Sets data-theme to the theme the choice means now. */
function showTheme(root: HTMLElement): void {
  const choice = chosenTheme(root);
  const theme = choice === 'system' ? (matchMedia(DARK_QUERY).matches ? 'dark' : 'light') : choice;
  if (root.dataset.theme !== theme) root.dataset.theme = theme;
}

/** Shows the system's theme now and whenever the system switches, unless a theme is chosen; returns the stop. */
export function followSystemTheme(root: HTMLElement = document.documentElement): () => void {
  showTheme(root);
  const scheme = matchMedia(DARK_QUERY);
  const follow = () => showTheme(root);
  scheme.addEventListener('change', follow);
  return () => scheme.removeEventListener('change', follow);
}

/** Whether the page is dark now: the theme it shows, or the system's before any is set. */
export function isDarkTheme(root: HTMLElement = document.documentElement): boolean {
  const theme = root.dataset.theme;
  return theme === 'dark' || theme === 'light' ? theme === 'dark' : matchMedia(DARK_QUERY).matches;
}

/**
 * Calls `changed` whenever the page's theme changes: data-theme on <html>, which a choice sets and
 * followSystemTheme keeps in step with the system (so a system switch under a forced theme, which changes
 * nothing on the page, redraws nothing). Returns the function that stops listening.
 */
export function watchTheme(changed: () => void, root: HTMLElement = document.documentElement): () => void {
  const observer = new MutationObserver(changed);
  observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
