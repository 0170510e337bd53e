/**
 * Reshoring: budget -> support to date -> share of the area's imports of the sector's products made
 * locally, rising over a ramp-up -> output capacity secured (£m a year) -> capacity added each year ->
 * output still produced (persist: each year's new capacity produces for a stated number of years,
 * fading a stated share a year) -> GVA (national IO GVA-to-output ratio) -> jobs (baseline GVA per
 * job). Supply-chain effects come from the intervention's
 * additionality multiplier only; the national IO Type I multiplier is quoted as an upper bound,
 * never applied too.
 */
import type { Intervention, LogicNode, Parameter } from '../types.ts';
import type { IoSectorRatio } from '../library/index.ts';
import { budgetNode, link, param, persistenceParameters, programmeParameters, rangedValue } from './common.ts';
import type { ChainSpec } from './types.ts';

export interface ReshoringInputs {
  prefix: string;
  interventionId: string;
  name: string;
  sector: string;
  sectorName: string;
  annualBudget: number;
  years: number;
  start: number;
  imports: Parameter;
  ratio: IoSectorRatio;
  /** Label of the IO sector whose ratio is used (differs from the sector for c_other). */
  ratioNote: string;
  /** National Type I GVA multiplier of the main IO industry, quoted in the notes; undefined if none. */
  gvaMultiplier?: { code: string; value: number };
}

export function reshoringChain(o: ReshoringInputs): ChainSpec {
  const p = (s: string) => `${o.prefix}_${s}`;
  const iv = o.interventionId;
  const s = JSON.stringify(o.sector);
  const r = o.ratio.gvaToOutput;
  const parameters: Record<string, Parameter> = {
    ...programmeParameters(p, o.annualBudget, o.years, o.start),
    [p('imports')]: o.imports,
    [p('output_per_gbpm')]: param(
      2,
      0.5,
      5,
      '£m output a year per £m of support',
      'Annual reshored output secured per £1m of public support to date',
      'Assumption, not an estimate: no UK evaluation of reshoring support gives this ratio. For scale, NGen (Canada) projects lever about 1.7x public money in co-investment (AMPI/SQW 2025), which is investment, not output. Made Smarter North West forecasts (about £37 GVA per £1 of grant) are company-reported gross figures: a cross-check only.',
    ),
    [p('share_cap')]: param(
      0.05,
      0.02,
      0.1,
      'share of imports',
      'Most of these imports that could be made locally',
      'Assumption: an upper bound on substitution. For machinery, AMPI/SQW (2025) report UK imports of USD 49.2bn against exports of USD 42.0bn (2022), a deficit of about 15% of imports that widened from USD 2bn in 2011.',
    ),
    [p('ramp_years')]: param(
      3,
      2,
      5,
      'years',
      'Ramp-up from support to full production',
      'Assumption: time to set up or expand a production line; a placeholder to be set from the projects in view.',
    ),
    ...persistenceParameters(
      p,
      {
        value: 15,
        low: 8,
        high: 25,
        why: 'a reshored production line runs for about as long as its plant and tooling last, typically 10 to 20 years for machinery manufacturing, unless its products lose their market first.',
      },
      {
        value: 0.03,
        low: 0,
        high: 0.1,
        why: 'reshored output erodes slowly as overseas competitors respond and product ranges age: 3% a year, 0 to 10%.',
      },
    ),
    [p('gva_ratio')]: param(
      r,
      Math.round(r * 0.8 * 1e4) / 1e4,
      Math.round(r * 1.2 * 1e4) / 1e4,
      'GVA per £ of output',
      'GVA-to-output ratio',
      `ONS UK input-output analytical tables 2023 (industry by industry), sheet IOT: GVA / total output at basic prices for ${o.ratio.industries.join(', ')} = ${o.ratio.gva} / ${o.ratio.output} £m (${o.ratioNote}). National ratio; +/-20% range for local firms.`,
    ),
    [p('prod_factor')]: param(
      1,
      0.8,
      1.3,
      'x baseline GVA per job',
      'Productivity of reshored production relative to the sector baseline',
      "Assumption: 1 = the area sector's baseline GVA per job. New lines may be more capital-intensive. Cross-check for machinery: AMPI/SQW (2025) M&E productivity £102,000 per job in 2021 (about 40% above all manufacturing).",
    ),
  };
  const node = (n: LogicNode): LogicNode => ({ ...n, intervention: iv });
  const multiplierNote = o.gvaMultiplier
    ? ` The national Type I GVA multiplier for ${o.gvaMultiplier.code} is ${o.gvaMultiplier.value} (ONS IOT 2023): an upper bound for local supply-chain effects, not applied here.`
    : '';
  const nodes: LogicNode[] = [
    budgetNode(p, iv, 'Reshoring support budget'),
    node({
      id: p('cum_support'),
      stage: 'activity',
      label: 'Support delivered to date',
      unit: '£m',
      expr: `prev(${p('cum_support')}, 0) + ${p('budget')}`,
      evidence: 'strong',
      notes: 'Supplier development, capital and site support accumulated over the programme.',
    }),
    node({
      id: p('share'),
      stage: 'output',
      label: `Share of ${o.sectorName} imports made locally`,
      unit: 'share of imports',
      expr: `min(${p('share_cap')}, ${p('cum_support')} * ${p('output_per_gbpm')} / ${p('imports')}) * ramp(t, ${p('start')}, ${p('ramp_years')})`,
      evidence: 'weak',
      notes:
        "Output capacity secured by support to date, as a share of the area's imports, capped; ramp() phases production in from the programme start.",
    }),
    node({
      id: p('capacity'),
      stage: 'outcome',
      label: 'Reshored output capacity secured',
      unit: '£m a year',
      expr: `${p('share')} * ${p('imports')}`,
      evidence: 'weak',
      notes: 'Imports that local production secured to date could replace (£m of output a year).',
    }),
    node({
      id: p('new_output'),
      stage: 'outcome',
      label: 'Reshored output added this year',
      unit: '£m a year',
      expr: `${p('capacity')} - prev(${p('capacity')}, 0)`,
      evidence: 'weak',
      notes: 'The capacity brought into production this year.',
    }),
    node({
      id: p('output'),
      stage: 'outcome',
      label: 'Reshored local output still produced',
      unit: '£m',
      expr: `persist(${p('new_output')}, ${p('benefit_life')}, ${p('benefit_decay')})`,
      evidence: 'weak',
      notes:
        "Each year's new capacity produces for the benefit life, fading by the yearly decay: the persistence is stated. With an unlimited life and no decay this is the capacity secured.",
    }),
    node({
      id: p('gva'),
      stage: 'impact',
      label: `Extra GVA in ${o.sectorName}`,
      unit: '£m',
      role: 'gva',
      sector: o.sector,
      benefit: 'output',
      expr: `${p('output')} * ${p('gva_ratio')}`,
      evidence: 'moderate',
      notes: `Direct GVA of the new output, gross: an output benefit (new output with new jobs) for UK social value.${multiplierNote}`,
    }),
    node({
      id: p('jobs'),
      stage: 'impact',
      label: `Extra jobs in ${o.sectorName}`,
      unit: 'jobs',
      role: 'jobs',
      sector: o.sector,
      expr: `${p('gva')} * 1e6 / (base_prod(${s}) * ${p('prod_factor')})`,
      evidence: 'moderate',
      notes: 'GVA (£m to GBP) divided by GVA per job.',
    }),
  ];
  const links = [
    link(p('budget'), p('cum_support'), "Each year's support adds to the support delivered.", 'strong'),
    link(
      p('cum_support'),
      p('share'),
      'Support de-risks investment in local production that replaces imports.',
      'weak',
    ),
    link(p('share'), p('capacity'), "A share of the area's imports becomes local output capacity.", 'strong'),
    link(p('capacity'), p('new_output'), 'Capacity added this year ...', 'strong'),
    link(
      p('new_output'),
      p('output'),
      '... produces for the benefit life, fading each year (stated persistence).',
      'weak',
    ),
    link(p('output'), p('gva'), "Output creates value added at the industry's GVA-to-output ratio.", 'moderate'),
    link(p('gva'), p('jobs'), "Value added is produced by jobs at the sector's GVA per job.", 'moderate'),
  ];
  const intervention: Intervention = {
    id: iv,
    name: o.name,
    description: `Support for making locally a share of the area's imports of ${o.sectorName} products (reshoring and import substitution).`,
    additionality: {
      deadweight: rangedValue(0.1, 0.05, 0.3),
      leakage: rangedValue(0.1, 0.05, 0.2),
      displacement: rangedValue(0.25, 0.1, 0.4),
      substitution: 0,
      multiplier: rangedValue(1.3, 1.1, 1.5),
    },
    additionalityNote:
      'Illustrative preset, not official values: set each factor from your own evidence. Deadweight 0.1 (0.05-0.3): some projects would go ahead anyway. Leakage 0.1 (0.05-0.2) and displacement 0.25 (0.1-0.4; local rivals losing orders; replacing imports displaces less than competing for UK customers) are placeholders, ranged so that Monte Carlo and the tornado test them. ' +
      `The multiplier 1.3 (1.1-1.5) covers local supply-chain and income effects and is used instead of the national IO multiplier, never with it.${multiplierNote}`,
    national: {
      displacement: rangedValue(0.25, 0.1, 0.5),
      labourSupply: rangedValue(0.1, 0, 0.3),
      source:
        'Illustrative defaults, not official values. National displacement 0.25 (0.1-0.5): reshored output replaces imports, so less of it is taken from UK producers than for support that competes for UK customers, but UK makers of similar machinery and their suppliers lose some orders. ' +
        'Labour-supply share 0.1 (0-0.3): the Green Book (2022) and the MHCLG Appraisal Guide treat jobs created by demand as displaced nationally unless there is evidence that they draw in people who would otherwise not work, so only that share of an output benefit counts for the UK; 10% allows for some recruitment from economic inactivity. Raise it only with labour-market evidence for the area. ' +
        "Firms' own capital in the new lines is not entered as a private cost: counting only the labour-supply share of the output already treats the resources that produce it as drawn from elsewhere in the UK, so charging the capital as well would count it twice. Add a privateCost node if your case counts the output in full.",
      illustrative: true,
    },
  };
  return { intervention, parameters, nodes, links };
}
