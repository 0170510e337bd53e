/**
 * Monitoring indicators on boxes (docs/contracts.md section 4): warnings, never errors, so a file with a
 * half-filled register still opens and runs. Ids are unique on their box (the register and reports
 * key rows by box and indicator), years are whole calendar years, and a target comes after its baseline.
 */
import { warning } from '../diagnostics.ts';
import { OTHER_ID } from '../file/shape.ts';
import type { Diagnostic, ScenarioDocument } from '../types.ts';

const wholeYear = (x: number) => Number.isInteger(x) && x >= 1000 && x <= 9999;

export function checkIndicators(doc: ScenarioDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  doc.logicModel.nodes.forEach((node, n) => {
    const seen = new Set<string>();
    (node.indicators ?? []).forEach((indicator, k) => {
      const path = `logicModel.nodes[${n}].indicators[${k}]`;
      const name = `Indicator "${indicator.id}" of box "${node.id}"`;
      if (!OTHER_ID.test(indicator.id))
        out.push(
          warning(
            'indicator.id',
            `${path}.id`,
            `${name} has an id that breaks the id rules; use lower-case letters, digits, "_" or "-", starting with a letter.`,
          ),
        );
      if (seen.has(indicator.id))
        out.push(
          warning(
            'indicator.duplicate-id',
            `${path}.id`,
            `Box "${node.id}" has two indicators with the id "${indicator.id}"; give each its own id.`,
          ),
        );
      seen.add(indicator.id);
      for (const field of ['baselineYear', 'targetYear'] as const) {
        const year = indicator[field];
        if (year !== undefined && !wholeYear(year))
          out.push(
            warning(
              'indicator.year',
              `${path}.${field}`,
              `${name} has ${field} ${year}; write a calendar year such as 2030.`,
            ),
          );
      }
      for (const year of Object.keys(indicator.actuals ?? {})) {
        if (!wholeYear(Number(year)))
          out.push(
            warning(
              'indicator.year',
              `${path}.actuals`,
              `${name} has an actual for "${year}"; key each actual by a calendar year such as "2027".`,
            ),
          );
      }
      const { baselineYear, targetYear } = indicator;
      if (baselineYear !== undefined && targetYear !== undefined && targetYear <= baselineYear)
        out.push(
          warning(
            'indicator.target-year',
            `${path}.targetYear`,
            `${name} has its target year (${targetYear}) ${targetYear === baselineYear ? 'in' : 'before'} its baseline year (${baselineYear}); a target comes after the baseline it improves on.`,
          ),
        );
      if ((indicator.target !== undefined) !== (indicator.targetYear !== undefined))
        out.push(
          warning(
            'indicator.target-year',
            `${path}.${indicator.target === undefined ? 'target' : 'targetYear'}`,
            `${name} has a target ${indicator.target === undefined ? 'year but no target value' : 'but no target year'}; give both, so progress can be judged on time.`,
          ),
        );
    });
  });
  return out;
}
