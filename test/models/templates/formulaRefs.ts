// An independent checker of docs/method.md section 3 for template output: every name a formula uses is a
// parameter, a node linked into the formula's node, t/year, or a whitelisted function; prev() and
// delay() targets need no link (persist() targets do). Uses mathjs parse directly, not the engine's analyser.
import { parse, type MathNode } from 'mathjs';
import type { ScenarioDocument } from '../../../models/types.ts';

const FUNCTIONS = new Set([
  'bass',
  'bass_new',
  'logistic',
  'ramp',
  'step',
  'prev',
  'delay',
  'persist',
  'base_gva',
  'base_jobs',
  'base_prod',
  'min',
  'max',
  'exp',
  'log',
  'sqrt',
  'abs',
  'pow',
]);

export function formulaProblems(doc: ScenarioDocument): string[] {
  const problems: string[] = [];
  const nodeIds = new Set(doc.logicModel.nodes.map((n) => n.id));
  const sectors = new Set(doc.baseline.sectors.map((s) => s.id));
  for (const n of doc.logicModel.nodes) {
    if (!n.expr) continue;
    const linkedIn = new Set(doc.logicModel.links.filter((l) => l.to === n.id).map((l) => l.from));
    const prevTargets = new Set<MathNode>();
    parse(n.expr).traverse((node, _path, parent) => {
      if (node.type === 'FunctionNode') {
        const f = node as unknown as { fn: { name: string }; args: MathNode[] };
        if (!FUNCTIONS.has(f.fn.name)) problems.push(`${n.id}: function ${f.fn.name} not allowed`);
        // prev() and delay() read earlier years: no link. persist() reads this year too: it needs one.
        if ((f.fn.name === 'prev' || f.fn.name === 'delay') && f.args[0]) prevTargets.add(f.args[0]);
        if (f.fn.name.startsWith('base_')) {
          const arg = f.args[0] as unknown as { value?: unknown };
          if (typeof arg.value !== 'string' || !sectors.has(arg.value))
            problems.push(`${n.id}: ${f.fn.name} of unknown sector`);
        }
        return;
      }
      if (node.type !== 'SymbolNode') return;
      const name = (node as unknown as { name: string }).name;
      if (parent?.type === 'FunctionNode' && (parent as unknown as { fn: MathNode }).fn === node) return;
      if (name === 't' || name === 'year' || name in doc.parameters) return;
      if (!nodeIds.has(name)) return void problems.push(`${n.id}: unknown name ${name}`);
      if (!prevTargets.has(node) && !linkedIn.has(name)) problems.push(`${n.id}: uses ${name} without a link`);
    });
  }
  return problems;
}
