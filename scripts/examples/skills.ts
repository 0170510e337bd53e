/**
 * The West Midlands skills offer, built by hand rather than from a template: budget -> learners ->
 * completers -> skilled workforce -> GVA, with its additionality and national factors.
 */
import {
  type Additionality,
  type Evidence,
  type Link,
  type LogicNode,
  type NationalFactors,
  type Parameter,
  type ScenarioDocument,
} from '../../models/index.ts';
import { ADDITIONALITY_CAVEAT, r } from './shared.ts';

export const SKILLS_WM_ADDITIONALITY: Additionality = {
  deadweight: r(0.3, 0.15, 0.5),
  leakage: r(0.15, 0.05, 0.25),
  displacement: r(0.1, 0, 0.2),
  substitution: r(0.05, 0, 0.1),
  multiplier: r(1.2, 1.05, 1.4),
};
export const SKILLS_NATIONAL: NationalFactors = {
  displacement: r(0.1, 0, 0.25),
  labourSupply: r(0.1, 0, 0.3),
  source:
    'Illustrative defaults, not official values. National displacement 0.1 (0 to 0.25): a more productive existing workforce is new value for the UK; a little of the extra output wins sales from UK rivals. Labour-supply share 0.1 (0 to 0.3) as the Green Book and the MHCLG Appraisal Guide treat demand-led jobs; it does not apply here, since the skills benefit is productivity only.',
  illustrative: true,
};

/** The skills chain, built by hand: budget -> learners -> completers -> skilled workforce -> GVA. */
export function addSkills(doc: ScenarioDocument, sector: string, sectorName: string): void {
  const iv = 'skills';
  const s = JSON.stringify(sector);
  const assumption = (what: string) =>
    `Assumption, not an estimate: ${what} No evaluated figure for this programme is in the project sources; set it from your provider contracts or evaluation evidence.`;
  const params: Record<string, Parameter> = {
    skl_annual_budget: {
      value: 1,
      low: 0.75,
      high: 1.25,
      distribution: 'triangular',
      unit: '£m/year',
      label: 'Skills programme budget a year',
      source:
        'Illustrative programme size for the example, not a published West Midlands budget: £1m a year (2019 prices). Range +/-25% for cost uncertainty.',
    },
    skl_years: { value: 4, unit: 'years', label: 'Skills programme length', source: 'Design choice.' },
    skl_start: {
      value: 0,
      unit: 'years after the horizon start',
      label: 'Skills programme start (t)',
      source: 'Design choice: 0 = the first projected year.',
    },
    skl_cost_per_learner: {
      value: 3000,
      low: 2000,
      high: 5000,
      distribution: 'triangular',
      unit: 'GBP per learner',
      label: 'Public cost per learner (course and delivery)',
      source: assumption(
        'a short, employer-co-designed course in digital and automation skills for existing manufacturing workers costs a few thousand pounds per learner.',
      ),
    },
    skl_completion: {
      value: 0.7,
      low: 0.5,
      high: 0.85,
      distribution: 'triangular',
      unit: 'share of learners',
      label: 'Share of learners who complete',
      source: assumption('most employed learners on employer-backed courses complete.'),
    },
    skl_uplift: {
      value: 0.03,
      low: 0.01,
      high: 0.06,
      distribution: 'triangular',
      unit: 'fraction of GVA per job',
      label: 'Productivity gain of a worker who completes',
      source: assumption(
        'a completer produces a few per cent more value added than the average worker in the sector. The Made Smarter Review (2017) ambition to upskill one million workers gives scale, not the size of the effect.',
      ),
    },
    skl_decay: {
      value: 0.1,
      low: 0.05,
      high: 0.2,
      distribution: 'triangular',
      unit: 'share a year',
      label: 'Yearly loss of the skills effect (depreciation, workers leaving the sector)',
      source: assumption(
        'skills depreciate and trained workers retire or leave manufacturing, so the effect of each cohort fades by about a tenth a year.',
      ),
    },
  };
  Object.assign(doc.parameters, params);
  const node = (n: LogicNode): LogicNode => ({ ...n, intervention: iv });
  doc.logicModel.nodes.push(
    node({
      id: 'skl_budget',
      stage: 'input',
      label: 'Skills programme budget (£m a year)',
      role: 'cost',
      unit: '£m',
      expr: 'skl_annual_budget * (step(t, skl_start) - step(t, skl_start + skl_years))',
      evidence: 'strong',
      notes: 'Public cost per year (£m, 2019 prices), before optimism bias, while the programme runs.',
    }),
    node({
      id: 'skl_learners',
      stage: 'activity',
      label: 'Workers starting a course',
      unit: 'learners/year',
      expr: 'skl_budget * 1e6 / skl_cost_per_learner',
      evidence: 'strong',
      notes: 'Budget (£m to GBP) divided by the public cost per learner.',
    }),
    node({
      id: 'skl_completers',
      stage: 'output',
      label: 'Workers completing a course',
      unit: 'workers/year',
      expr: 'skl_learners * skl_completion',
      evidence: 'moderate',
    }),
    node({
      id: 'skl_skilled',
      stage: 'outcome',
      label: 'Upskilled workers still in the sector',
      unit: 'workers',
      expr: 'prev(skl_skilled, 0) * (1 - skl_decay) + skl_completers',
      evidence: 'weak',
      notes: "A stock: last year's upskilled workers less depreciation and leavers, plus this year's completers.",
    }),
    node({
      id: 'skl_gva',
      stage: 'impact',
      label: `Extra GVA in ${sectorName}`,
      unit: '£m',
      role: 'gva',
      sector,
      benefit: 'productivity',
      expr: `skl_skilled * base_prod(${s}) * skl_uplift / 1e6`,
      evidence: 'weak',
      notes:
        'Upskilled workers times baseline GVA per job times their productivity gain, GBP to £m. No jobs node: the offer raises the productivity of existing jobs rather than creating new ones, so cost per job is not defined for it alone.',
    }),
  );
  const link = (from: string, to: string, rationale: string, evidence: Evidence): Link => ({
    id: `${from}-${to}`,
    from,
    to,
    rationale,
    evidence,
  });
  doc.logicModel.links.push(
    link(
      'skl_budget',
      'skl_learners',
      'The budget buys course places for existing manufacturing workers (about 330 a year at £3,000 each).',
      'strong',
    ),
    link(
      'skl_learners',
      'skl_completers',
      'Not everyone who starts completes; only completers are assumed to gain.',
      'moderate',
    ),
    link(
      'skl_completers',
      'skl_skilled',
      'Completers join the stock of upskilled workers, which fades as skills date and people leave the sector.',
      'weak',
    ),
    link(
      'skl_skilled',
      'skl_gva',
      "Upskilled workers operate and maintain digital and automated equipment better, raising value added per job; this complements digital adoption, whose diffusion is limited by firms' absorptive capacity.",
      'weak',
    ),
  );
  doc.interventions.push({
    id: iv,
    name: 'Advanced manufacturing skills (hand-built)',
    description:
      'Short courses in digital, automation and maintenance skills for existing workers in West Midlands manufacturing, built by hand for this example (not a template). It complements the other two offers: adopting firms need people who can use the technology. ' +
      'Additionality, with reasons: deadweight 0.3, because many employers would train some of these workers anyway; leakage 0.15, because some upskilled workers live outside the area; displacement 0.1, because productivity gains inside firms displace little; substitution 0.05, for employers swapping funded courses for their own; multiplier 1.2, a little lower than for the firm-level offers because the effect works through wages and productivity rather than new supply-chain purchases. ' +
      ADDITIONALITY_CAVEAT,
    additionality: SKILLS_WM_ADDITIONALITY,
    additionalityNote: `Set by the example author, not official values: see the intervention description for the reasoning. ${ADDITIONALITY_CAVEAT}`,
    national: SKILLS_NATIONAL,
  });
}
