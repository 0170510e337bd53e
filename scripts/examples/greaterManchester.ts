/**
 * Example 1: Greater Manchester, Made Smarter-style digital adoption (the file the app opens first).
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
  ranged,
  r,
  base,
  apply,
  finish,
} from './shared.ts';
import { digitalMonitoring, evaluationPlan, setContext } from './monitoring.ts';

// ---------------------------------------------------------------------------------------------
// 1. Greater Manchester: Made Smarter-style digital adoption (the file the app opens first).
// ---------------------------------------------------------------------------------------------

const DIGITAL_GM_ADDITIONALITY: Additionality = {
  deadweight: 0,
  leakage: r(0.1, 0.05, 0.2),
  displacement: r(0.25, 0.1, 0.4),
  substitution: 0,
  multiplier: r(1.3, 1.1, 1.5),
};

export function greaterManchester(): ScenarioDocument {
  // Manufacturing as one sector (plus the rest of the economy): Made Smarter-style support is open
  // to manufacturers of every kind, and the sub-sector split would bring in flagged, volatile
  // growth rates (chemicals, electrical equipment) that say nothing about this question.
  let doc = base('TLD3', ['c'], 'Greater Manchester: digital adoption support for manufacturers');
  doc = apply(doc, 'digital-adoption', {
    sector: 'c',
    name: 'Digital adoption support (Made Smarter-style)',
    annualBudget: 2,
    years: 5,
    startOffset: 0,
  });
  doc = clone(doc);
  const iv = 'digital-adoption';
  setIntervention(doc, iv, {
    description:
      'Grants (match-funded) plus specialist technology advice that help Greater Manchester manufacturers, mostly SMEs, adopt industrial digital technologies (robotics and automation, sensors and data, additive manufacturing, digital design), in the style of the Made Smarter adoption programme first piloted in the North West. ' +
      "Additionality, with reasons: deadweight 0, because the chain already subtracts the adoption that would happen anyway (the without-support Bass curve); leakage 0.1, because Greater Manchester is a large, largely self-contained labour market but some supported firms' gains accrue to owners and workers outside it; " +
      'displacement 0.25, because some extra output from more productive firms is won from competitors inside the city region (much manufacturing output is sold outside Greater Manchester, which keeps displacement moderate); substitution 0; multiplier 1.3 for local supply-chain and income effects, used instead of (never with) the national input-output Type I multiplier. ' +
      ADDITIONALITY_CAVEAT,
    additionality: DIGITAL_GM_ADDITIONALITY,
    additionalityNote: `Set by the example author, not official values: see the intervention description for the reasoning. ${ADDITIONALITY_CAVEAT}`,
  });
  relabel(doc, { dig_budget: 'Digital adoption grants and advice (£m a year)' });
  setParam(doc, 'dig_annual_budget', {
    source:
      'Illustrative programme size for the example, not a published Greater Manchester budget: £2m a year (2019 prices) pays for about 80 firm projects a year at £25,000 each. Range +/-25% for cost uncertainty. Set it to the budget your authority is appraising.',
  });
  setParam(doc, 'dig_jobs_per_firm', {
    source:
      "AMPI/SQW (2025): 135,000 advanced-machinery jobs in 11,500 enterprises in Great Britain (2023), about 11.7 jobs each, used as a proxy for manufacturing firm size (about 8,100 firms from Greater Manchester's 94,675 manufacturing jobs in BRES 2021). Replace with ONS UK Business Counts for Greater Manchester manufacturing.",
  });
  narrate(doc, {
    'dig_budget-dig_supported':
      'The grant and advice budget pays for firm-level adoption projects: at about £25,000 of public cost per firm, £2m a year supports about 80 manufacturers a year.',
    'dig_supported-dig_cum_supported':
      "Firms supported accumulate over the five programme years (about 400 at the modest budget, roughly 5% of Greater Manchester's manufacturers).",
    'dig_firms-dig_cum_supported':
      'No more firms can be supported than exist: the population (about 8,100 firms) caps the stock.',
    'dig_cum_supported-dig_support_rate':
      "This year's newly supported firms drive the extra external push to adopt ...",
    'dig_firms-dig_support_rate': '... expressed as a share of all manufacturers, the unit the Bass model works in.',
    'dig_support_rate-dig_p_support':
      'Advice, demonstration and co-funding act as external influence on adoption (the Bass innovation coefficient p): they lower the barriers of the SME "long tail" whose absorptive capacity limits diffusion. Evidence is weak: no UK evaluation calibrates the size of the effect.',
    'dig_p_support-dig_share_with':
      'Diffusion with the raised innovation coefficient while the programme runs; imitation (q) carries adoption on after it ends.',
    'dig_share_with-dig_extra_new': 'New adoption with support ...',
    'dig_share_without-dig_extra_new':
      '... less the new adoption that would have happened anyway. After the programme the difference turns negative as firms that would have adopted anyway catch up: support brings adoption forward rather than creating adopters for ever.',
    'dig_firms-dig_extra_new': 'Adoption shares become counts of extra adopting firms.',
    'dig_extra_new-dig_extra_adopters':
      'Each extra adopter stays ahead of what would have happened anyway for the benefit life (10 years, 5 to 15), its lead fading 10% a year (0 to 20%): stated persistence, where the earlier version let the catch-up of the without-support curve decide it implicitly. The benefit peaks in 2030, when the last supported firms adopt, and ends in 2040.',
    'dig_supported-dig_private':
      'Each supported firm matches its grant (about £20,000 of its own): a private cost that counts against UK social value, not against the local return.',
    'dig_extra_adopters-dig_gva':
      "Extra adopters, assumed to be of average size, raise their productivity by the uplift; this adds to Greater Manchester manufacturing GVA. Weak evidence: the firm-level uplift is an assumption, with the Made Smarter Review's sector-wide aspiration and Made Smarter North West's gross company forecasts as upper cross-checks.",
    'dig_firms-dig_gva': "Extra adopters as a share of all manufacturers scale the sector's baseline GVA.",
    'dig_gva-dig_jobs':
      "More output needs some more labour, but much less than proportionally because digital technologies save labour: the Made Smarter Review's net 175,000 jobs against £455bn of GVA implies an employment intensity of roughly 0.3.",
  });
  const description =
    'Question: what would a Made Smarter-style digital adoption programme for Greater Manchester manufacturers add to GVA, jobs and productivity by 2040, and is it value for money? ' +
    'Baseline: Greater Manchester (ITL2 TLD3) manufacturing and the rest of the economy from ONS regional GVA (CVM, 2019 prices) and BRES 2021, projected at the Great Britain 2015-2019 trend of each industry. ' +
    'Scenarios: business as usual; a modest programme (£2m a year for five years); a scaled-up programme (£5m a year); and a cautious variant of the modest programme with a smaller productivity uplift per adopter. ' +
    "Mechanism: support raises the Bass innovation coefficient while it runs; each year's extra adopters (with-support minus without-support new adoption) stay ahead of what would have happened anyway for a stated benefit life of 10 years, their lead fading 10% a year. " +
    "UK social value: the gain is productivity (more output from the same workers), so it counts for the UK after national displacement (20%), less the firms' match funding as a private cost; the local return leaves both out. " +
    `${PRICE_NOTE} Every assumption carries its source or says it is an assumption; additionality factors are the user's to set, not official values.`;
  return finish(doc, {
    description,
    scenarios: [
      {
        id: 'bau',
        name: 'Business as usual',
        description:
          'The baseline: Greater Manchester grows at the Great Britain 2015-2019 trend of each industry, with no new programme.',
        interventions: [],
      },
      {
        id: 'digital-modest',
        name: 'Digital adoption: £2m a year',
        interventions: [iv],
        description:
          "Made Smarter-style grants and advice at £2m a year (2019 prices) for five years from 2026: about 80 firms a year, 400 in all (roughly 5% of Greater Manchester's manufacturers). Central assumptions throughout.",
      },
      {
        id: 'digital-scaled',
        name: 'Digital adoption: scaled up to £5m a year',
        basedOn: 'digital-modest',
        description:
          'Based on the modest programme, scaled up to £5m a year for five years: about 200 firms a year, 1,000 in all (roughly 12% of manufacturers). Assumes delivery capacity and firm demand scale too; cost per firm is unchanged, which may be optimistic at this scale. With more supported firms competing in the same local markets, local displacement is raised from 0.25 to 0.3 (0.15 to 0.45) for this scenario.',
        overrides: { dig_annual_budget: ranged(5, 3.75, 6.25) },
        additionality: { [iv]: { displacement: r(0.3, 0.15, 0.45) } },
      },
      {
        id: 'digital-cautious',
        name: 'Digital adoption: £2m a year, cautious',
        basedOn: 'digital-modest',
        description:
          'Based on the modest programme, with a cautious productivity uplift of 3% per adopting firm (not 5%), the lever the evidence is weakest on: a test of whether the case survives weaker effects.',
        overrides: { dig_uplift: ranged(0.03, 0.02, 0.05) },
      },
    ],
    sources: [SRC.library, SRC.madeSmarter, SRC.madeSmarterNw, SRC.bass, SRC.ampi, SRC.greenBook],
    monitoring: (d) => {
      setContext(d, {
        need:
          "Greater Manchester's manufacturers, mostly SMEs, adopt industrial digital technologies (automation, sensors and data, additive manufacturing, digital design) more slowly than they could: the Made Smarter Review (2017) found UK industrial digitalisation lagging and its potential gains large, and smaller firms face barriers of cost, information and skills that limit how fast they can absorb new technology. " +
          'Evidence still to add before an appraisal relies on it: local adoption data (a survey of Greater Manchester manufacturers) and the productivity gap between adopting and non-adopting firms.',
        evaluationPlan: evaluationPlan(
          "supported firms' technology adoption, GVA and employment (programme returns, matched to ONS business microdata where possible)",
          'a comparison group of similar unsupported manufacturers (for example eligible applicants not funded, or firms in comparable city regions)',
        ),
      });
      digitalMonitoring(d, 'digital-modest', 'Greater Manchester');
    },
    caveats: [
      'Firm counts are derived from jobs with an average firm size from a national machinery source; use ONS UK Business Counts for Greater Manchester.',
      'The productivity uplift per adopter (5%) and the effect of support on adoption are assumptions, not evaluated estimates; see the tornado for how much they matter.',
      'Cost per net job is high (several hundred thousand pounds) because digital adoption mainly raises productivity: jobs rise at about 0.3 of the GVA gain (implied by the Made Smarter Review). Judge the programme on GVA and the two BCRs (local return and UK social), not on jobs.',
      "Baseline growth is the Great Britain 2015-2019 trend of each industry (pre-pandemic) applied to the area's 2021 level, not a forecast; a sector can be switched to its own trend in the Assumptions view where local evidence supports it.",
      'Additionality factors, national factors (displacement, labour supply), benefit persistence and optimism bias are illustrative placeholders, not official values; each is ranged so that Monte Carlo and the tornado show how much it matters.',
    ],
  });
}
