/**
 * Example 3: West Midlands, a mix of digital adoption, machinery reshoring and a hand-built skills offer.
 */
import type { Additionality, ScenarioDocument } from '../../models/index.ts';
import {
  PRICE_NOTE,
  ADDITIONALITY_CAVEAT,
  SRC,
  clone,
  setParam,
  narrate,
  setIntervention,
  relabel,
  r,
  base,
  apply,
  finish,
} from './shared.ts';
import { digitalMonitoring, evaluationPlan, reshoringMonitoring, setContext, skillsMonitoring } from './monitoring.ts';
import { addSkills } from './skills.ts';

// ---------------------------------------------------------------------------------------------
// 3. West Midlands: a mix of digital adoption, machinery reshoring and a hand-built skills offer.
// ---------------------------------------------------------------------------------------------

const DIGITAL_WM_ADDITIONALITY: Additionality = {
  deadweight: 0,
  leakage: r(0.1, 0.05, 0.2),
  displacement: r(0.25, 0.1, 0.4),
  substitution: 0,
  multiplier: r(1.3, 1.1, 1.5),
};
const RESHORING_WM_ADDITIONALITY: Additionality = {
  deadweight: r(0.15, 0.05, 0.3),
  leakage: r(0.15, 0.05, 0.25),
  displacement: r(0.2, 0.1, 0.35),
  substitution: 0,
  multiplier: r(1.3, 1.1, 1.5),
};

export function westMidlands(): ScenarioDocument {
  let doc = base(
    'TLG3',
    ['ck'],
    'West Midlands: an advanced manufacturing mix of digital adoption, reshoring and skills',
  );
  // Digital adoption on the rest of manufacturing (c_other): the reshoring offer serves machinery firms.
  doc = apply(doc, 'digital-adoption', {
    sector: 'c_other',
    name: 'Digital adoption support (Made Smarter-style)',
    annualBudget: 2,
    years: 5,
    startOffset: 0,
  });
  doc = apply(doc, 'reshoring', {
    sector: 'ck',
    name: 'Machinery reshoring support',
    annualBudget: 2,
    years: 5,
    startOffset: 1,
  });
  doc = clone(doc);
  const cOther = doc.baseline.sectors.find((x) => x.id === 'c_other');
  if (!cOther) throw new Error('No c_other sector');
  addSkills(doc, 'c_other', cOther.name);

  setIntervention(doc, 'digital-adoption', {
    description:
      'Made Smarter-style grants and technology advice for West Midlands manufacturers outside machinery (automotive and other transport equipment, metals, food and drink and the rest), helping SMEs adopt industrial digital technologies. ' +
      'Additionality, with reasons: deadweight 0, because the chain subtracts the without-support adoption curve already; leakage 0.1 for gains accruing outside the area; displacement 0.25 for output won from local competitors; substitution 0; multiplier 1.3 for local supply-chain and income effects, instead of (never with) national input-output multipliers. ' +
      ADDITIONALITY_CAVEAT,
    additionality: DIGITAL_WM_ADDITIONALITY,
    additionalityNote: `Set by the example author, not official values: see the intervention description for the reasoning. ${ADDITIONALITY_CAVEAT}`,
  });
  setIntervention(doc, 'reshoring', {
    description:
      'Co-investment and supplier development for West Midlands machinery makers to produce locally equipment now imported, starting a year after the other offers (2027) once projects are identified. ' +
      'Additionality, with reasons: deadweight 0.15, because some reshoring would happen anyway; leakage 0.15, higher than in West Yorkshire because the West Midlands (ITL2) is an open labour market with heavy commuting from the surrounding shires; displacement 0.2, as the output replaces imports; substitution 0; multiplier 1.3, instead of (never with) the national Type I GVA multiplier for C28 (1.82, ONS IOT 2023). ' +
      ADDITIONALITY_CAVEAT,
    additionality: RESHORING_WM_ADDITIONALITY,
    additionalityNote: `Set by the example author, not official values: see the intervention description for the reasoning. ${ADDITIONALITY_CAVEAT}`,
  });
  relabel(doc, {
    dig_budget: 'Digital adoption grants and advice (£m a year)',
    rsh_budget: 'Reshoring support: co-investment and supplier development (£m a year)',
  });
  setParam(doc, 'dig_annual_budget', {
    source:
      'Illustrative programme size for the example, not a published West Midlands budget: £2m a year (2019 prices) for five years, about 80 firm projects a year. Range +/-25% for cost uncertainty.',
  });
  setParam(doc, 'rsh_annual_budget', {
    source:
      'Illustrative programme size for the example, not a published West Midlands budget: £2m a year (2019 prices) for five years from 2027. Range +/-25% for cost uncertainty.',
  });
  narrate(doc, {
    'dig_budget-dig_supported':
      'At about £25,000 of public cost per firm, £2m a year supports about 80 manufacturers a year.',
    'dig_support_rate-dig_p_support':
      'Advice, demonstration and co-funding act as external influence on adoption (Bass p), lowering barriers for the SME "long tail" of the West Midlands supply chains. Weak evidence: no UK evaluation calibrates the effect.',
    'dig_share_without-dig_extra_new':
      '... less new adoption that would happen anyway. Support brings adoption forward, so the difference turns negative as other firms catch up.',
    'dig_extra_new-dig_extra_adopters':
      'Each extra adopter stays ahead of what would have happened anyway for the benefit life (10 years, 5 to 15), its lead fading 10% a year (0 to 20%): stated persistence.',
    'dig_extra_adopters-dig_gva':
      'Extra adopters raise their productivity by the assumed uplift, adding to GVA in the rest of West Midlands manufacturing.',
    'dig_gva-dig_jobs':
      "Jobs rise much less than GVA because digital technologies save labour (employment intensity about 0.3, implied by the Made Smarter Review's 175,000 net jobs against £455bn).",
    'rsh_cum_support-rsh_share':
      "Support de-risks local lines replacing imported machinery; £2 of annual output per £1 of support to date is an assumption, capped at 5% of the area's machinery imports.",
    'rsh_share-rsh_capacity':
      "A share of the West Midlands' estimated machinery imports becomes local output capacity.",
    'rsh_new_output-rsh_output':
      "Each year's new capacity produces for the benefit life (15 years, 8 to 25), fading 3% a year (0 to 10%): stated persistence.",
    'rsh_gva-rsh_jobs':
      "Value added is produced by jobs at West Midlands machinery's baseline GVA per job (about £110,000 in 2021, close to AMPI/SQW's £102,000 for UK M&E).",
  });
  const all = ['digital-adoption', 'reshoring', 'skills'];
  const description =
    'Question: for a West Midlands Local Growth Plan, how do three advanced-manufacturing offers compare alone and together: Made Smarter-style digital adoption support, machinery reshoring support, and a small hand-built skills offer for existing workers? ' +
    'Baseline: West Midlands (ITL2 TLG3) machinery (about 7,000 jobs, BRES 2021), the rest of manufacturing and the rest of the economy, from ONS regional GVA (CVM, 2019 prices) and BRES; the Midlands Engine puts Midlands advanced manufacturing at £37.8bn GVA and over 513,000 jobs. ' +
    'Scenarios: business as usual; each offer alone; and the mix of all three (£24m of programme budget over 2026-2031 before optimism bias). The offers land in different sectors, so the mix is the sum of the parts: interactions (skills making adoption more effective) are not modelled. ' +
    'Reshoring creates the most jobs at the lowest cost per job-year but has the lowest UK social value: digital adoption and skills raise productivity, which counts for the UK after national displacement, while reshoring adds output with new jobs, which counts for the UK only for the share of jobs filled by people who would otherwise not work. ' +
    `${PRICE_NOTE} Additionality factors are the user's to set, not official values.`;
  return finish(doc, {
    description,
    scenarios: [
      {
        id: 'bau',
        name: 'Business as usual',
        description:
          'The baseline: the West Midlands grows at the Great Britain 2015-2019 trend of each industry, with no new programmes.',
        interventions: [],
      },
      {
        id: 'digital',
        name: 'Digital adoption alone',
        interventions: ['digital-adoption'],
        description:
          'Made Smarter-style support at £2m a year for five years (2026-2030) for manufacturers outside machinery.',
      },
      {
        id: 'reshoring',
        name: 'Machinery reshoring alone',
        interventions: ['reshoring'],
        description: 'Reshoring support at £2m a year for five years (2027-2031) for machinery makers.',
      },
      {
        id: 'skills',
        name: 'Skills alone',
        interventions: ['skills'],
        description:
          'The hand-built skills offer at £1m a year for four years (2026-2029). Productivity only: it creates no new jobs in the model, so its cost per job is not defined.',
      },
      {
        id: 'mix',
        name: 'The mix: digital + reshoring + skills',
        interventions: all,
        description: 'All three offers together: £24m of programme budget over 2026-2031 before optimism bias.',
      },
    ],
    sources: [
      SRC.library,
      SRC.midlands,
      SRC.madeSmarter,
      SRC.madeSmarterNw,
      SRC.bass,
      SRC.ampi,
      SRC.iot,
      SRC.greenBook,
    ],
    monitoring: (d) => {
      setContext(d, {
        need:
          'West Midlands manufacturing (the Midlands Engine puts Midlands advanced manufacturing at £37.8bn of GVA and over 513,000 jobs) needs to raise productivity: many supply-chain SMEs adopt digital technologies slowly, machinery the region could make is imported, and existing workers need the skills to use new equipment. ' +
          'Evidence still to add: local adoption and skills-gap surveys, and the imported products local machinery makers could supply.',
        evaluationPlan: evaluationPlan(
          "each offer's outcomes (adoption, reshored output, upskilled workers) and the GVA and jobs of the firms and workers supported",
          'comparison groups for each offer (unsupported eligible firms; workers who did not train), with the mix judged against the sum of the parts',
        ),
      });
      digitalMonitoring(d, 'digital', 'West Midlands');
      reshoringMonitoring(d, 'reshoring');
      skillsMonitoring(d, 'skills');
    },
    caveats: [
      "Every sector follows the Great Britain trend of its industry, so the West Midlands machinery jobs trend (+9.6% a year, volatile BRES rounding) is not used (see each sector's projection source).",
      'Output secured per £1 of reshoring support, the digital productivity uplift and every skills parameter are assumptions, not evaluated estimates.',
      'The mix adds the three offers up; complementarities between skills and adoption are not modelled.',
      'Additionality factors, national factors (displacement, labour supply), benefit persistence and optimism bias are illustrative placeholders, not official values; each is ranged so that Monte Carlo and the tornado show how much it matters.',
    ],
  });
}
