/**
 * The assumptions behind a report, as tables: every parameter with its value, range, distribution,
 * unit and source; each scenario's settings; additionality by intervention; the baseline sectors
 * with their sources; the logic model's boxes and links (its indicators: logframe.ts); and the data
 * sources with their vintages. Ranged values (schemaVersion 2) are read as their central value with their range.
 */
import type { ScenarioDocument } from '../types.ts';
import { withUnknownFields } from '../types.ts';
import { centralValue, resolveScenario } from '../scenario/inheritance.ts';
import { numberColumn, textColumn, yearColumn, type ReportTable } from './table.ts';

const table =
  (doc: ScenarioDocument, id: string, title: string, columns: ReportTable['columns']) =>
  (rows: ReportTable['rows']): ReportTable => ({ id, title, priceBase: doc.prices.baseYear, columns, rows });

export function parametersTable(doc: ScenarioDocument): ReportTable {
  return table(doc, 'parameters', 'Parameters (values before scenario overrides)', [
    textColumn('id', 'Parameter'),
    textColumn('label', 'Description'),
    numberColumn('value', 'Value', 'value', 6),
    numberColumn('low', 'Low', 'value', 6),
    numberColumn('high', 'High', 'value', 6),
    textColumn('distribution', 'Distribution'),
    textColumn('unit', 'Unit'),
    textColumn('source', 'Source'),
  ])(
    Object.entries(doc.parameters).map(([id, p]) => {
      const ranged = p.low !== undefined && p.high !== undefined && p.low !== p.high;
      return {
        id,
        cells: [
          id,
          p.label ?? null,
          p.value,
          p.low ?? null,
          p.high ?? null,
          ranged ? (p.distribution ?? 'triangular') : 'none (fixed)',
          p.unit ?? null,
          p.source ?? null,
        ],
      };
    }),
  );
}

/**
 * Each scenario: what it inherits from, what it switches on and which parameters and factors it sets,
 * resolved through its inheritance (contracts.md section 4), saying where an inherited value comes from.
 */
export function scenarioSettingsTable(doc: ScenarioDocument): ReportTable {
  const names = new Map(doc.interventions.map((i) => [i.id, i.name]));
  const scenarioNames = new Map(doc.scenarios.map((s) => [s.id, s.name]));
  const from = (id: string | null, own: string) =>
    id === null || id === own ? '' : ` (from ${scenarioNames.get(id) ?? id})`;
  return table(doc, 'scenarios', 'Scenarios', [
    textColumn('scenario', 'Scenario'),
    textColumn('description', 'Description'),
    textColumn('based-on', 'Inherits from'),
    textColumn('interventions', 'Interventions switched on'),
    textColumn('overrides', 'Parameters set by the scenario'),
  ])(
    doc.scenarios.map((s) => {
      const resolved = resolveScenario(doc, s);
      const on = resolved.interventions.value;
      const parents = [...(s.alsoInheritsFrom ?? []), ...(s.basedOn === undefined ? [] : [s.basedOn])];
      return {
        id: s.id,
        cells: [
          s.name,
          s.description ?? null,
          parents.map((id) => scenarioNames.get(id) ?? id).join('; ') || null,
          (on.length ? on.map((i) => names.get(i) ?? i).join('; ') : 'None (business as usual)') +
            from(resolved.interventions.from, s.id),
          Object.entries(resolved.overrides)
            .map(([k, o]) => `${k} = ${centralValue(o.value)}${from(o.from, s.id)}`)
            .join('; ') || null,
        ],
      };
    }),
  );
}

const FACTORS = ['deadweight', 'leakage', 'displacement', 'substitution'] as const;

/** Each intervention's own factors at their central values (a scenario may override them: see Scenarios). */
export function additionalityTable(doc: ScenarioDocument): ReportTable {
  return table(doc, 'additionality', 'Additionality by intervention (HCA Additionality Guide)', [
    textColumn('intervention', 'Intervention'),
    ...FACTORS.map((f) => numberColumn(f, f[0]!.toUpperCase() + f.slice(1), 'percent', 1)),
    numberColumn('multiplier', 'Multiplier', 'factor', 2),
    numberColumn('net-factor', 'Net share of gross', 'percent', 1),
    textColumn('note', 'Evidence'),
  ])(
    doc.interventions.map((i) => {
      const values = FACTORS.map((f) => centralValue(i.additionality[f]));
      const multiplier = centralValue(i.additionality.multiplier);
      const net = values.reduce((acc, v) => acc * (1 - v), 1) * multiplier;
      return { id: i.id, cells: [i.name, ...values, multiplier, net, i.additionalityNote ?? null] };
    }),
  );
}

export function sectorsTable(doc: ScenarioDocument): ReportTable {
  return table(doc, 'sectors', `Baseline sectors, ${doc.area.name}`, [
    textColumn('sector', 'Sector'),
    textColumn('sic', 'SIC'),
    { ...yearColumn(), id: 'data-year', label: 'Data year', short: 'Data year' },
    numberColumn('gva', 'GVA in the data year', 'gbpMillions', 1, { short: 'GVA' }),
    numberColumn('jobs', 'Jobs in the data year', 'jobs', 0, { short: 'Jobs' }),
    numberColumn('gva-growth', 'GVA growth a year', 'percent', 2, { short: 'GVA growth' }),
    numberColumn('jobs-growth', 'Jobs growth a year', 'percent', 2, { short: 'Jobs growth' }),
    textColumn('source', 'Source'),
  ])(
    doc.baseline.sectors.map((s) => ({
      id: s.id,
      cells: [s.name, s.sic ?? null, s.dataYear, s.gva, s.jobs, s.gvaGrowth, s.jobsGrowth, s.source ?? null],
    })),
  );
}

export function nodesTable(doc: ScenarioDocument): ReportTable {
  const interventions = new Map(doc.interventions.map((i) => [i.id, i.name]));
  const sectors = new Map(doc.baseline.sectors.map((s) => [s.id, s.name]));
  return table(doc, 'nodes', 'Logic model: boxes and their formulas', [
    textColumn('id', 'Box'),
    textColumn('stage', 'Stage'),
    textColumn('label', 'Label'),
    textColumn('intervention', 'Intervention'),
    textColumn('role', 'Role'),
    textColumn('sector', 'Sector'),
    textColumn('unit', 'Unit'),
    textColumn('formula', 'Formula'),
  ])(
    doc.logicModel.nodes.map((n) => ({
      id: n.id,
      cells: [
        n.id,
        n.stage,
        n.label,
        n.intervention ? (interventions.get(n.intervention) ?? n.intervention) : 'Shared',
        n.role ?? null,
        n.sector ? (sectors.get(n.sector) ?? n.sector) : null,
        n.unit ?? null,
        n.expr ?? null,
      ],
    })),
  );
}

export function linksTable(doc: ScenarioDocument): ReportTable {
  const labels = new Map(doc.logicModel.nodes.map((n) => [n.id, n.label]));
  return table(doc, 'links', 'Logic model: links, with rationale and evidence', [
    textColumn('from', 'From'),
    textColumn('to', 'To'),
    textColumn('rationale', 'Rationale'),
    textColumn('evidence', 'Evidence'),
  ])(
    doc.logicModel.links.map((l) => ({
      id: l.id,
      cells: [labels.get(l.from) ?? l.from, labels.get(l.to) ?? l.to, l.rationale ?? null, l.evidence ?? 'none'],
    })),
  );
}

/**
 * The data behind the baseline with their vintages: each sector's source and data year, the library
 * release it came from, and any sources the file lists in `meta.sources`.
 */
export function sourcesTable(doc: ScenarioDocument): ReportTable {
  const rows: ReportTable['rows'] = doc.baseline.sectors.map((s) => ({
    id: `sector:${s.id}`,
    cells: [`Baseline: ${s.name}`, s.dataYear, s.source ?? 'No source given'],
  }));
  if (doc.baseline.library) rows.push({ id: 'library', cells: ['Baseline library', null, doc.baseline.library] });
  const listed = withUnknownFields(doc.meta)['sources'];
  if (Array.isArray(listed))
    listed.forEach((s, k) => {
      if (typeof s === 'string') rows.push({ id: `meta:${k}`, cells: ['Listed in the file', null, s] });
    });
  return table(doc, 'sources', 'Data sources and vintages', [
    textColumn('what', 'Used for'),
    { ...yearColumn(), id: 'data-year', label: 'Data year', short: 'Data year' },
    textColumn('source', 'Source'),
  ])(rows);
}
