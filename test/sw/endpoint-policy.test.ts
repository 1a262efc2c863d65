import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/content-security-policy.ts';
import { policyAllowsOrigin, policyWithEndpoint } from '../../src/sw/endpoint-policy.ts';

const connectSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('connect-src '));

describe('policyWithEndpoint', () => {
  it("adds the one origin to the app policy's connect-src and changes nothing else", () => {
    const opened = policyWithEndpoint(CONTENT_SECURITY_POLICY, 'http://127.0.0.1:8080');
    expect(connectSrc(opened)).toBe(`${connectSrc(CONTENT_SECURITY_POLICY)} http://127.0.0.1:8080`);
    expect(opened.replace(' http://127.0.0.1:8080', '')).toBe(CONTENT_SECURITY_POLICY);
    // Not all of localhost: no other port, no wildcard.
    expect(policyAllowsOrigin(opened, 'http://127.0.0.1:8080')).toBe(true);
    expect(policyAllowsOrigin(opened, 'http://127.0.0.1:8081')).toBe(false);
    expect(policyAllowsOrigin(opened, 'http://localhost:8080')).toBe(false);
    expect(opened).not.toMatch(/\*:|localhost:\*|127\.0\.0\.1:\*/);
  });

  it.each(['http://localhost:11434', 'https://[::1]:1234', 'http://127.0.0.1'])('opens %s', (origin) => {
    expect(policyAllowsOrigin(policyWithEndpoint(CONTENT_SECURITY_POLICY, origin), origin)).toBe(true);
  });

  it.each([
    ['another machine', 'http://192.168.1.5:8080'],
    ['a look-alike host', 'http://127.0.0.1.example.com'],
    ['a path, not an origin', 'http://127.0.0.1:8080/v1'],
    ['a wildcard', 'http://127.0.0.1:*'],
    ['another directive smuggled in', "http://127.0.0.1:8080; script-src 'unsafe-inline'"],
    ['another scheme', 'ws://127.0.0.1:8080'],
  ])('leaves the policy as it is for %s', (_why, origin) => {
    expect(policyWithEndpoint(CONTENT_SECURITY_POLICY, origin)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('leaves it as it is without an origin, and adds an origin once', () => {
    expect(policyWithEndpoint(CONTENT_SECURITY_POLICY, null)).toBe(CONTENT_SECURITY_POLICY);
    const once = policyWithEndpoint(CONTENT_SECURITY_POLICY, 'http://127.0.0.1:8080');
    expect(policyWithEndpoint(once, 'http://127.0.0.1:8080')).toBe(once);
  });

  it('works from its source alone, as the build copies it into sw.js', () => {
    const copied = new Function(`return ${policyWithEndpoint.toString()};`)() as typeof policyWithEndpoint;
    expect(copied(CONTENT_SECURITY_POLICY, 'http://127.0.0.1:8080')).toBe(policyWithEndpoint(CONTENT_SECURITY_POLICY, 'http://127.0.0.1:8080'));
  });
});

describe('policyAllowsOrigin', () => {
  it('reads connect-src, else default-src, and allows what no directive restricts', () => {
    expect(policyAllowsOrigin(CONTENT_SECURITY_POLICY, 'http://127.0.0.1:8080')).toBe(false);
    expect(policyAllowsOrigin("default-src 'self' http://localhost:1", 'http://localhost:1')).toBe(true);
    expect(policyAllowsOrigin("default-src 'self'", 'http://localhost:1')).toBe(false);
    expect(policyAllowsOrigin("script-src 'self'", 'http://localhost:1')).toBe(true);
    expect(policyAllowsOrigin('connect-src *', 'http://localhost:1')).toBe(true);
  });
});
