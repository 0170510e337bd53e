/**
 * Digitalisation adoption (Made Smarter-style support): budget -> firms supported -> a higher
 * Bass innovation coefficient while support is given -> extra firms adopting each year because of
 * support (with-support minus without-support new adoption, the counterfactual) -> extra adopters whose
 * uplift is still in effect (persist: each keeps its lead over what would have happened anyway for a
 * stated number of years, fading a stated share a year) -> productivity uplift -> GVA -> jobs. Firms'
 * match funding is a private cost.
 * Every default says where it comes from, and illustrative ones say so.
 */
import type { Intervention, LogicNode } from '../types.ts';
import { budgetNode, link, param, persistenceParameters, programmeParameters, rangedValue } from './common.ts';
import type { ChainSpec } from './types.ts';

export interface DigitalInputs {
  prefix: string;
  interventionId: string;
  name: string;
  sector: string;
  sectorName: string;
  annualBudget: number;
  years: number;
  start: number;
}

const SFL =
  'Sultan, Farley & Lehmann (1990), Journal of Marketing Research 27(1), meta-analysis of 213 Bass model applications: average p = 0.03, q = 0.38. No UK-calibrated values exist for industrial digital technologies, hence the wide range.';

export function digitalAdoptionChain(o: DigitalInputs): ChainSpec {
  const p = (s: string) => `${o.prefix}_${s}`;
  const iv = o.interventionId;
  const s = JSON.stringify(o.sector);
  const parameters = {
    ...programmeParameters(p, o.annualBudget, o.years, o.start),
    [p('cost_per_firm')]: param(
      25000,
      15000,
      50000,
      'GBP per firm',
      'Public cost per firm supported (grant plus advice and delivery)',
      'Assumption: Made Smarter adoption grants are match-funded and publicly described as up to about £20,000 per firm, plus advice and programme delivery costs. Check against your programme design.',
    ),
    [p('jobs_per_firm')]: param(
      11.7,
      8,
      25,
      'jobs per firm',
      'Average jobs per firm in the sector',
      'AMPI/SQW (2025) Future State of Machinery Sector: 135,000 jobs in 11,500 advanced-machinery enterprises in Great Britain (2023), about 11.7 each. Replace with ONS UK Business Counts for your area and sector.',
    ),
    [p('p')]: param(0.03, 0.01, 0.05, '1/year', 'Bass innovation coefficient without support', SFL),
    [p('q')]: param(0.38, 0.2, 0.5, '1/year', 'Bass imitation coefficient', SFL),
    [p('p_gain')]: param(
      0.5,
      0.25,
      0.8,
      'per share of firms supported',
      'Rise in the innovation coefficient per share of firms supported that year',
      "Assumption, not an estimate: in the Bass model a year's external adoption is p x (1 - share), so a gain of g means about g of the supported firms that had not yet adopted do so because of the support (the rest would have adopted anyway, later, or not at all). No evaluation evidence calibrates it.",
    ),
    [p('initial_share')]: param(
      0.1,
      0,
      0.3,
      'share of firms',
      'Share of firms already using the promoted technologies before the horizon',
      'Assumption: no area-level adoption survey is in the project sources. It seeds imitation (the q term); 0 counts diffusion from the programme start.',
    ),
    [p('private_per_firm')]: param(
      20000,
      10000,
      40000,
      'GBP per firm',
      "Firm's own contribution per supported project",
      'Illustrative default: Made Smarter adoption grants are match-funded, so each supported firm pays at least as much as the grant towards its project (about £20,000 against a grant of up to about £20,000). A private cost in the UK social appraisal (not in the local return). Set it from your programme design.',
      true,
    ),
    ...persistenceParameters(
      p,
      {
        value: 10,
        low: 5,
        high: 15,
        why: 'how long a supported adopter stays ahead of what would have happened anyway: support brings adoption forward, and firms that would have adopted later catch up; industrial digital technologies (automation, sensors and data systems, software) are also typically renewed within 5 to 15 years.',
      },
      {
        value: 0.1,
        low: 0,
        high: 0.2,
        why: "an adopter's lead fades as its technology ages and others adopt: 10% a year, 0 to 20%.",
      },
    ),
    [p('uplift')]: param(
      0.05,
      0.02,
      0.1,
      'fraction of GVA',
      'Productivity uplift of an adopting firm',
      'Assumption: no UK causal estimate of the firm-level effect of industrial digital technologies is in the project sources. The Made Smarter Review (2017) aspiration of up to 3% extra sector growth a year is sector-wide and not a firm-level effect. Made Smarter North West forecasts (about £37 GVA per £1 of grant) are company-reported gross figures, for cross-checking only.',
    ),
    [p('job_intensity')]: param(
      0.3,
      0.1,
      0.6,
      'jobs per GVA-proportional job',
      'Employment intensity of the GVA gain',
      'Assumption: digital adoption is partly labour-saving, so jobs rise less than GVA. The Made Smarter Review (2017) headline of a net 175,000 jobs against £455bn over ten years implies far fewer jobs than GVA at average manufacturing productivity would. Made Smarter North West reports of 4-5 jobs per project are gross, company-reported: a cross-check only.',
    ),
  };
  const node = (n: LogicNode): LogicNode => ({ ...n, intervention: iv });
  const A0 = p('initial_share');
  // Discrete-time Bass (Bass 1969): new adopters this year = (p + q * A) * (1 - A), A = last year's
  // share. The recurrence, not the closed form bass(p, q, t), because support changes p from year to
  // year: the closed form at a new p would rewrite past adoption as if the higher p had always held.
  // Both curves use the same recurrence, so with no support the difference is exactly zero.
  const bassStep = (id: string, pExpr: string) =>
    `prev(${id}, ${A0}) + (${pExpr} + ${p('q')} * prev(${id}, ${A0})) * (1 - prev(${id}, ${A0}))`;
  const nodes: LogicNode[] = [
    budgetNode(p, iv, 'Digital adoption support budget'),
    node({
      id: p('firms'),
      stage: 'input',
      label: `Firm population in ${o.sectorName}`,
      unit: 'firms',
      expr: `prev(${p('firms')}, base_jobs(${s}) / ${p('jobs_per_firm')})`,
      evidence: 'weak',
      notes:
        'Baseline jobs in the first projected year divided by jobs per firm, then held constant (prev of itself). Counts every firm in the sector; replace with a business count if you have one.',
    }),
    node({
      id: p('supported'),
      stage: 'activity',
      label: 'Firms the budget pays for a year',
      unit: 'firms/year',
      expr: `${p('budget')} * 1e6 / ${p('cost_per_firm')}`,
      evidence: 'strong',
      notes: 'Budget (£m) converted to GBP and divided by the public cost per firm.',
    }),
    node({
      id: p('cum_supported'),
      stage: 'output',
      label: 'Firms supported to date',
      unit: 'firms',
      expr: `min(${p('firms')}, prev(${p('cum_supported')}, 0) + ${p('supported')})`,
      evidence: 'strong',
      notes:
        'A stock, never more than the firm population: once every firm has been supported, further budget buys nothing (a sign the budget is too large for the sector).',
    }),
    node({
      id: p('support_rate'),
      stage: 'output',
      label: 'Share of firms newly supported this year',
      unit: 'share/year',
      expr: `(${p('cum_supported')} - prev(${p('cum_supported')}, 0)) / ${p('firms')}`,
      evidence: 'strong',
    }),
    node({
      id: p('p_support'),
      stage: 'outcome',
      label: 'Innovation coefficient with support',
      unit: '1/year',
      expr: `${p('p')} + ${p('p_gain')} * ${p('support_rate')}`,
      evidence: 'weak',
      notes:
        'Support acts as extra external influence in the Bass model while it is given: it raises p in proportion to the share of firms supported that year.',
    }),
    node({
      id: p('share_with'),
      stage: 'outcome',
      label: 'Adoption share with support',
      unit: 'share',
      expr: bassStep(p('share_with'), p('p_support')),
      evidence: 'moderate',
      notes: "Discrete-time Bass diffusion: last year's share plus (p + q x share) x (1 - share).",
    }),
    node({
      id: p('share_without'),
      stage: 'outcome',
      label: 'Adoption share without support (counterfactual)',
      unit: 'share',
      expr: bassStep(p('share_without'), p('p')),
      evidence: 'moderate',
      notes: 'What happens anyway: the same diffusion at the unsupported p.',
    }),
    node({
      id: p('private'),
      stage: 'input',
      label: "Firms' own contributions to supported projects",
      unit: '£m',
      role: 'privateCost',
      expr: `${p('supported')} * ${p('private_per_firm')} / 1e6`,
      evidence: 'moderate',
      notes:
        'Private cost (£m a year, real prices of the price base year) of the match-funded projects: counted in the UK social appraisal, not in the local return.',
    }),
    node({
      id: p('extra_new'),
      stage: 'outcome',
      label: 'Extra firms adopting this year because of support',
      unit: 'firms/year',
      expr: `${p('firms')} * max(0, (${p('share_with')} - prev(${p('share_with')}, ${A0})) - (${p('share_without')} - prev(${p('share_without')}, ${A0})))`,
      evidence: 'weak',
      notes:
        'New adopters with support less new adopters without it, while support brings adoption forward. Later, firms that would have adopted anyway catch up; that is what the benefit life stands for, so the catch-up is not subtracted a second time (hence not below zero).',
    }),
    node({
      id: p('extra_adopters'),
      stage: 'outcome',
      label: 'Extra adopters whose uplift is still in effect',
      unit: 'firms',
      expr: `persist(${p('extra_new')}, ${p('benefit_life')}, ${p('benefit_decay')})`,
      evidence: 'weak',
      notes:
        "Each year's extra adopters keep their lead for the benefit life, fading by the yearly decay: the persistence is stated, not a side effect of the adoption curves.",
    }),
    node({
      id: p('gva'),
      stage: 'impact',
      label: `Extra GVA in ${o.sectorName}`,
      unit: '£m',
      role: 'gva',
      sector: o.sector,
      benefit: 'productivity',
      expr: `base_gva(${s}) * ${p('extra_adopters')} / ${p('firms')} * ${p('uplift')}`,
      evidence: 'weak',
      notes:
        "Adopters are assumed to be of average size: the sector's baseline GVA times the extra adopters' share times their productivity uplift. Gross: the intervention's additionality turns it into net GVA. A productivity benefit (more output from the same workers) for UK social value.",
    }),
    node({
      id: p('jobs'),
      stage: 'impact',
      label: `Extra jobs in ${o.sectorName}`,
      unit: 'jobs',
      role: 'jobs',
      sector: o.sector,
      expr: `${p('gva')} * 1e6 / base_prod(${s}) * ${p('job_intensity')}`,
      evidence: 'weak',
      notes:
        'GVA gain (£m to GBP) divided by baseline GVA per job, scaled down by the employment intensity because adoption is partly labour-saving.',
    }),
  ];
  const links = [
    link(p('budget'), p('supported'), 'Grant and advice budget pays for firm-level adoption projects.', 'strong'),
    link(p('supported'), p('cum_supported'), 'Firms supported accumulate over the programme.', 'strong'),
    link(p('firms'), p('cum_supported'), 'No more firms can be supported than exist.', 'strong'),
    link(p('cum_supported'), p('support_rate'), "This year's newly supported firms ...", 'strong'),
    link(p('firms'), p('support_rate'), '... as a share of the population.', 'strong'),
    link(
      p('support_rate'),
      p('p_support'),
      'Support is external influence on adoption decisions (Bass p): advice, demonstration and co-funding lower the barriers of the SME "long tail" with low absorptive capacity.',
      'weak',
    ),
    link(
      p('supported'),
      p('private'),
      'Each supported firm pays its share of the match-funded project: a private cost.',
      'moderate',
    ),
    link(p('p_support'), p('share_with'), 'Bass diffusion with the raised innovation coefficient.', 'moderate'),
    link(p('share_with'), p('extra_new'), 'New adoption with support ...', 'moderate'),
    link(
      p('share_without'),
      p('extra_new'),
      '... less new adoption that would have happened anyway (the counterfactual).',
      'moderate',
    ),
    link(p('firms'), p('extra_new'), 'Shares become firm counts.', 'strong'),
    link(
      p('extra_new'),
      p('extra_adopters'),
      "Each year's extra adopters keep their lead for the benefit life, fading each year (stated persistence).",
      'weak',
    ),
    link(p('extra_adopters'), p('gva'), "Adopters become more productive, raising the sector's GVA.", 'weak'),
    link(p('firms'), p('gva'), 'Extra adopters as a share of all firms.', 'strong'),
    link(
      p('gva'),
      p('jobs'),
      'Higher output needs some more labour, less than proportionally because digital technologies save labour.',
      'weak',
    ),
  ];
  const intervention: Intervention = {
    id: iv,
    name: o.name,
    description: `Made Smarter-style support for industrial digital technology adoption by firms in ${o.sectorName}: grants and advice raise the rate of adoption.`,
    additionality: {
      deadweight: 0,
      leakage: rangedValue(0.1, 0.05, 0.2),
      displacement: rangedValue(0.25, 0.1, 0.4),
      substitution: 0,
      multiplier: rangedValue(1.3, 1.1, 1.5),
    },
    additionalityNote:
      'Illustrative preset, not official values: set each factor from your own evidence. Deadweight is 0 because the chain subtracts the without-support Bass curve already; raise it only for effects that curve misses. ' +
      'Leakage 0.1 (0.05-0.2) and displacement 0.25 (0.1-0.4; competitors in the area losing share) are placeholders, ranged so that Monte Carlo and the tornado test them. The multiplier 1.3 (1.1-1.5) stands for local supply-chain and income effects; it is used instead of the ONS input-output Type I multipliers (national, so higher), never together with them.',
    national: {
      displacement: rangedValue(0.2, 0.1, 0.4),
      labourSupply: rangedValue(0.1, 0, 0.3),
      source:
        "Illustrative defaults, not official values. National displacement 0.2 (0.1-0.4): a productivity gain is new value for the UK, but some of the supported firms' extra sales are won from UK rivals outside the area; most manufacturing output competes with imports and abroad, so the share is modest. " +
        "Labour-supply share 0.1 (0-0.3): the Green Book (2022) and the MHCLG Appraisal Guide treat jobs created by demand as displaced nationally unless there is evidence that they draw in people who would otherwise not work; 10% allows for some recruitment from economic inactivity. It applies to output benefits only, and this chain's GVA is a productivity benefit.",
      illustrative: true,
    },
  };
  return { intervention, parameters, nodes, links };
}
