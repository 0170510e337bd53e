/**
 * Example 2: West Yorkshire, reshoring of machinery and equipment (SIC 28).
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
import { evaluationPlan, reshoringMonitoring, setContext } from './monitoring.ts';

// ---------------------------------------------------------------------------------------------
// 2. West Yorkshire: reshoring of machinery and equipment (SIC 28).
// ---------------------------------------------------------------------------------------------

const RESHORING_WY_ADDITIONALITY: Additionality = {
  deadweight: r(0.15, 0.05, 0.3),
  leakage: r(0.1, 0.05, 0.2),
  displacement: r(0.2, 0.1, 0.35),
  substitution: 0,
  multiplier: r(1.3, 1.1, 1.5),
};

export function westYorkshire(): ScenarioDocument {
  let doc = base('TLE4', ['ck'], 'West Yorkshire: reshoring machinery and equipment manufacturing');
  doc = apply(doc, 'reshoring', {
    sector: 'ck',
    name: 'Machinery reshoring support',
    annualBudget: 2,
    years: 5,
    startOffset: 0,
  });
  doc = clone(doc);
  const iv = 'reshoring';
  setIntervention(doc, iv, {
    description:
      'Support (capital co-investment, site readiness and supplier development) for West Yorkshire machinery and equipment makers to win back production now imported: machine tools, process machinery and automation subsystems, building on the AMPI advanced machinery cluster shared with Greater Manchester. ' +
      'Additionality, with reasons: deadweight 0.15, because some firms would reshore anyway given supply-chain risks and the widening UK machinery trade deficit; leakage 0.1, for jobs taken by in-commuters from outside West Yorkshire; ' +
      'displacement 0.2, lower than for support that competes for UK customers because the output replaces imports, but not zero because local rivals may lose some orders; substitution 0; multiplier 1.3 for local supply-chain and income effects, used instead of (never with) the national Type I GVA multiplier for C28 (1.82, ONS IOT 2023). ' +
      ADDITIONALITY_CAVEAT,
    additionality: RESHORING_WY_ADDITIONALITY,
    additionalityNote: `Set by the example author, not official values: see the intervention description for the reasoning. ${ADDITIONALITY_CAVEAT}`,
  });
  relabel(doc, { rsh_budget: 'Reshoring support: co-investment and supplier development (£m a year)' });
  setParam(doc, 'rsh_annual_budget', {
    source:
      'Illustrative programme size for the example, not a published West Yorkshire budget: £2m a year (2019 prices) for five years. Range +/-25% for cost uncertainty. Set it to the budget your authority is appraising.',
  });
  narrate(doc, {
    'rsh_budget-rsh_cum_support':
      "Each year's co-investment and supplier-development support adds to the support delivered to date.",
    'rsh_cum_support-rsh_share':
      "Support de-risks investment in local lines that replace imported machinery; at £2 of annual output per £1 of support to date this is a weak, assumed link (no UK evaluation of reshoring support gives the ratio), capped at 5% of the area's machinery imports.",
    'rsh_share-rsh_capacity':
      "A share of West Yorkshire's estimated machinery imports (the UK's USD 49.2bn of M&E imports apportioned by the area's share of UK manufacturing GVA) becomes local output capacity.",
    'rsh_new_output-rsh_output':
      "Each year's new capacity produces for the benefit life (15 years, 8 to 25), fading 3% a year (0 to 10%): stated persistence, where the earlier version assumed production ran undiminished to 2040.",

    'rsh_output-rsh_gva':
      'New output creates value added at the national GVA-to-output ratio for machinery (C28, ONS input-output tables 2023).',
    'rsh_gva-rsh_jobs':
      "Value added is produced by jobs at West Yorkshire machinery's baseline GVA per job (about £99,000 in 2021, close to AMPI/SQW's £102,000 for UK M&E), changing over the horizon with the industry's Great Britain productivity trend.",
  });
  const description =
    'Question: what would support to reshore machinery and equipment production (SIC 28) add to West Yorkshire GVA and jobs by 2040, and how much depends on how fast new lines ramp up and how much output each £1 of support secures? ' +
    "West Yorkshire (ITL2 TLE4) has about 14,000 machinery jobs (SIC 28, BRES 2021) out of 24,250 in Yorkshire and the Humber (AMPI/SQW's narrower advanced-machinery count for the region is c.17,000), and the UK machinery trade deficit widened from USD 2bn (2011) to USD 7.2bn (2022). " +
    'Scenarios: business as usual; reshoring support at £2m a year for five years; the same with a faster two-year ramp-up (for example by pairing it with supplier development and ready sites); and a cautious case where each £1 of support secures half as much output. ' +
    'Reshored lines produce for a stated benefit life of 15 years, fading 3% a year. The local return is high, the UK social BCR low: the gain is new output with new jobs, and for the UK only the share of those jobs filled by people who would otherwise not work (10%, illustrative) adds output; the rest is output moved from elsewhere in the UK. Evidence on labour supply in West Yorkshire decides the national case (see the tornado of the UK social BCR). ' +
    `${PRICE_NOTE} The import estimate is in 2022 prices and a wider trade definition than SIC 28, hence its +/-30% range. Additionality factors are the user's to set, not official values.`;
  return finish(doc, {
    description,
    scenarios: [
      {
        id: 'bau',
        name: 'Business as usual',
        description:
          'The baseline: West Yorkshire grows at the Great Britain 2015-2019 trend of each industry, machinery employment about flat as it was nationally.',
        interventions: [],
      },
      {
        id: 'reshoring',
        name: 'Reshoring support: £2m a year',
        interventions: [iv],
        description:
          'Co-investment and supplier development of £2m a year (2019 prices) for five years; new lines reach full production over three years. Central assumptions throughout.',
      },
      {
        id: 'reshoring-fast',
        name: 'Reshoring support with a faster ramp-up',
        basedOn: 'reshoring',
        description:
          'Based on the central programme: the same budget, with new lines at full production in two years rather than three (for example because ready sites and a supplier-development offer shorten set-up). Tests the value of speed.',
        overrides: { rsh_ramp_years: ranged(2, 1.5, 3) },
      },
      {
        id: 'reshoring-cautious',
        name: 'Reshoring support: cautious conversion',
        basedOn: 'reshoring',
        description:
          'The central programme, but each £1m of support to date secures £1m of annual output rather than £2m: a test of whether the case survives weaker conversion of support into production.',
        overrides: { rsh_output_per_gbpm: ranged(1, 0.5, 2) },
      },
    ],
    sources: [SRC.library, SRC.ampi, SRC.iot, SRC.madeSmarterNw, SRC.greenBook],
    monitoring: (d) => {
      setContext(d, {
        need:
          "West Yorkshire keeps a machinery and equipment cluster (about 14,000 jobs in SIC 28, BRES 2021) while the UK's machinery trade deficit has widened (USD 2bn in 2011 to USD 7.2bn in 2022): demand that local makers could meet is served by imports, and supply-chain risks give buyers a reason to source closer to home. " +
          'Evidence still to add: which imported products local firms could make, and what holds back the investment in new lines (finance, sites, suppliers).',
        evaluationPlan: evaluationPlan(
          "supported firms' output, GVA and employment on the new lines (firm returns, checked against HMRC trade data)",
          'similar machinery firms that were not supported, and the trend in UK machinery imports',
        ),
      });
      reshoringMonitoring(d, 'reshoring');
    },
    caveats: [
      'The output secured per £1 of support is an assumption, not an estimate: no UK evaluation of reshoring support gives it. It dominates the result (see the tornado).',
      'Local imports are estimated from UK trade data apportioned by manufacturing GVA share, in 2022 prices; replace with local evidence.',
      'Machinery baseline GVA and jobs follow the Great Britain SIC 28 trend 2015-2019 (GVA down 0.4% a year, jobs about flat), so GVA per job (and the jobs each £1m of GVA supports) drifts down slightly over the horizon.',
      'Additionality factors, national factors (displacement, labour supply), benefit persistence and optimism bias are illustrative placeholders, not official values; each is ranged so that Monte Carlo and the tornado show how much it matters.',
    ],
  });
}
