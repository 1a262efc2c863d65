import { planTargets } from '../plan-targets.ts';

// Axes of planTargets(): 0 species [Adelie, Gentoo, (other), (missing)], 1 mass 3000–6000,
// 2 beak 32.1–59.6, 3 day 2020-01-01 – 2020-03-01, 4 empty (no edges).
export const context = { targets: planTargets(), maxProposals: 4, maxCount: 500 };
export const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
export const one = (values: unknown, count: unknown = 10) => ({ proposals: [{ values, count }] });
export const adelie = { kind: 'cell', axis: 0, cell: 0 } as const;
