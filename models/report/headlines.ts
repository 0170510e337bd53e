/**
 * Which metrics of the catalogue (metrics.ts) each place in the app, the CLI and the reports shows,
 * in order: one list per place, so that a place cannot show a figure the catalogue does not define.
 */
import type { MetricId } from './metrics.ts';

/**
 * The appraisal's lines, local return then UK social value: `causeway run`, the appraisal table and a
 * report's appraisal year by year show exactly these, and the app's Compare adds them to NET_OVER_TIME.
 */
const APPRAISAL = [
  'pv-benefits',
  'pv-costs',
  'npv',
  'bcr',
  'social-pv-benefits',
  'social-pv-private-costs',
  'social-npv',
  'social-bcr',
  'vfm',
  'cost-per-job',
  'cost-per-job-year',
] as const satisfies readonly MetricId[];

/** Net GVA and jobs in the final year, at their peak with its year, and over the horizon. */
const NET_OVER_TIME = [
  'net-gva',
  'net-gva-peak',
  'net-gva-peak-year',
  'net-gva-cumulative',
  'net-jobs',
  'net-jobs-peak',
  'net-jobs-peak-year',
  'net-jobs-cumulative',
] as const satisfies readonly MetricId[];

/** Which metrics each headline place shows, in order. */
export const HEADLINES = {
  /**
   * The strip above every view: net GVA and jobs in the final year with their peak (and its year)
   * and their total over the horizon beside them, the appraisal, and cost per job on both bases.
   */
  strip: [
    'net-gva',
    'net-gva-peak',
    'net-gva-cumulative',
    'net-jobs',
    'net-jobs-peak',
    'net-jobs-cumulative',
    'npv',
    'bcr',
    'social-bcr',
    'vfm',
    'cost-per-job',
    'cost-per-job-year',
  ],
  /** The appraisal lines of `causeway run` and the appraisal table (the app's panel shows the same ids, local beside social). */
  appraisal: APPRAISAL,
  /**
   * `causeway compare`: net GVA and jobs in the final year beside their peak (with its year), since
   * cost per job is measured at the peak; the app's Compare shows compareDetail.
   */
  compare: [...NET_OVER_TIME, 'npv', 'bcr', 'social-npv', 'social-bcr', 'vfm', 'cost-per-job', 'cost-per-job-year'],
  /**
   * The big figures of workshop mode, each with its change from the scenario as it stands: the peak
   * year of net GVA and jobs (a programme's effect fades, so the final year can read near zero).
   */
  workshop: ['net-gva-peak', 'net-jobs-peak', 'npv', 'bcr', 'social-bcr', 'cost-per-job-year'],
  /** The results of two revisions side by side in History. */
  revision: ['npv', 'bcr', 'social-bcr'],
  /**
   * Compare in the app: the appraisal's measures, plus net GVA and jobs in the final year, at their
   * peak (with its year) and over the horizon, so no scenario is judged on one year alone.
   */
  compareDetail: [...NET_OVER_TIME, ...APPRAISAL],
  /**
   * Each row of the workshop's session log: what the room's change did to the scenario, in the
   * measures the workshop's screen shows (HEADLINES.workshop), each peak with its year.
   */
  workshopLog: [
    'net-gva-peak',
    'net-gva-peak-year',
    'net-jobs-peak',
    'net-jobs-peak-year',
    'npv',
    'bcr',
    'social-bcr',
    'cost-per-job-year',
  ],
  /** The local economic return, as the appraisal panel's first column shows it. */
  local: ['pv-benefits', 'pv-costs', 'npv', 'bcr'],
  /** UK social value (Green Book), the appraisal panel's second column. */
  social: ['social-pv-benefits', 'social-pv-private-costs', 'pv-costs', 'social-npv', 'social-bcr', 'vfm'],
  /** Every scenario side by side on a report's summary (the workbook's Summary sheet, the documents). */
  report: [
    'net-gva',
    'net-jobs',
    'net-gva-cumulative',
    'pv-benefits',
    'pv-costs',
    'npv',
    'bcr',
    'social-npv',
    'social-bcr',
    'vfm',
    'cost-per-job',
    'cost-per-job-year',
  ],
  /** Each sector's and intervention's figures in a report (interventions add their cost). */
  reportScope: ['net-gva', 'net-jobs', 'net-gva-cumulative'],
  /** The headline lines under a report's appraisal year by year: the local return, then UK social value. */
  reportAppraisal: APPRAISAL,
} as const satisfies Record<string, readonly MetricId[]>;
