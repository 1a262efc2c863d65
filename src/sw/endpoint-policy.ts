/**
 * The app's Content-Security-Policy opened to the one model server the user
 * allowed. Both functions are self-contained (no imports, nothing from outside
 * their bodies): the build copies policyWithEndpoint's source into sw.js.
 */

/**
 * `policy` with `origin` added to its connect-src, when `origin` is a bare
 * http(s) origin on this machine (localhost, 127.0.0.1 or [::1], any port);
 * anything else, or null, leaves the policy as it is.
 */
export function policyWithEndpoint(policy: string, origin: string | null): string {
  if (origin === null || !/^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/.test(origin)) return policy;
  return policy
    .split('; ')
    .map((directive) => (directive.startsWith('connect-src ') && !directive.split(' ').includes(origin) ? `${directive} ${origin}` : directive))
    .join('; ');
}

/**
 * Whether `policy` lets a page fetch from `origin`: its connect-src (or
 * default-src without one) names the origin or `*`. A policy restricting
 * neither allows it.
 */
export function policyAllowsOrigin(policy: string, origin: string): boolean {
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((words) => words[0] !== '')
      .map((words) => [words[0].toLowerCase(), words.slice(1)] as const),
  );
  const sources = directives.get('connect-src') ?? directives.get('default-src');
  return sources === undefined || sources.includes('*') || sources.includes(origin);
}
