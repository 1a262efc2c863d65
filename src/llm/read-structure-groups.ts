import { parsePlanText } from '../synth/plan/validate/parse-plan-text.ts';
import type { StructureSummary } from '../synth/planner/planner.ts';
import { MAX_GROUP_COLUMNS, MAX_STRUCTURE_GROUPS, MIN_GROUP_COLUMNS } from './prompts/structure-schema.ts';

/**
 * The column groups in a structure answer (`{"groups": [[…], …]}`, or a bare
 * array of groups from a model that was not constrained). A group is kept
 * when it names 2–4 distinct known columns and is not a repeat; anything else
 * is dropped, so a bad answer yields fewer groups (or none), never a failure.
 * `valid: false` when the answer holds no list of groups at all (whatever the
 * summary: the columns and limit only decide which groups are kept).
 */
export function readStructureGroups(text: string, summary: Pick<StructureSummary, 'columns' | 'maxGroups'>): { valid: boolean; groups: string[][] } {
  const parsed = parsePlanText(text);
  // parsePlanText reads the whole text first, so a bare `[[…]]` answer parses too.
  const value = parsed.ok ? parsed.value : null;
  const list = Array.isArray(value) ? value : isGroupsObject(value) ? value.groups : null;
  if (list === null) return { valid: false, groups: [] };
  const known = new Set(summary.columns.map((c) => c.name));
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const group of list) {
    if (!Array.isArray(group) || !group.every((name): name is string => typeof name === 'string' && known.has(name))) continue;
    const names = [...new Set(group)];
    if (names.length < MIN_GROUP_COLUMNS || names.length > MAX_GROUP_COLUMNS) continue;
    const key = JSON.stringify([...names].sort());
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push(names);
  }
  return { valid: true, groups: groups.slice(0, Math.min(MAX_STRUCTURE_GROUPS, summary.maxGroups)) };
}

function isGroupsObject(value: unknown): value is { groups: unknown[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { groups?: unknown }).groups);
}
