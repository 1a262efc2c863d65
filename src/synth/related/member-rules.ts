import { missingCell } from '../../stats/tables/axis.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import type { CompiledRule } from '../rules/compile-rules.ts';
import { slotColumn, type RelatedLayout } from '../../stats/related/related-layout.ts';

/**
 * What the encoding itself needs of a household record: slots past the member
 * count are empty, and a member's column is filled wherever the input never
 * left it empty for a member (so a member is never written without an age the
 * data always had). Enforced while sampling like the user's rules.
 */
export function memberRules(options: { targets: Targets; layout: RelatedLayout }): CompiledRule[] {
  const { targets, layout } = options;
  const axis = (name: string) => targets.axes.findIndex((a) => a.column === name);
  const members = axis(layout.count);
  if (members < 0) return [];
  const alwaysFilled = new Set(layout.filled);
  const slots = Array.from({ length: layout.slots }, (_, k) =>
    layout.columns.flatMap((name) => {
      const a = axis(slotColumn(name, k + 1));
      return a < 0 ? [] : [{ a, missing: missingCell(targets.axes[a]), filled: alwaysFilled.has(name) }];
    }),
  );
  return [
    {
      text: `members past ${layout.count} are empty, and members have the columns the data always gives them`,
      broken: (cells, values) => {
        const n = values[members];
        for (let k = 0; k < slots.length; k++) {
          const present = k < n;
          for (const s of slots[k]) {
            const empty = cells[s.a] === s.missing;
            if (present ? s.filled && empty : !empty) return true;
          }
        }
        return false;
      },
    },
  ];
}
