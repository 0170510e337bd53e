/**
 * Results by council for a combined authority (docs/method.md section 14) as a report table: the
 * gross and net impacts of each council in the peak year of net jobs (the final year when there are
 * none: a programme whose effect has faded by then would otherwise show a table of zeros) under the file's stated rule, net jobs by where
 * the people filling them live, and a last row for those living outside the authority. The numbers
 * are models/baseline/councils.ts's councilResults, as the app's Results by council panel shows them.
 */
import { councilResults } from '../baseline/councils.ts';
import type { ScenarioDocument } from '../types.ts';
import type { ScenarioProjection } from './compare.ts';
import { peakYear } from './metrics.ts';
import { numberColumn, textColumn, type ReportTable } from './table.ts';

export interface CouncilSection {
  table: ReportTable;
  /** The allocation rule as the file states it. */
  rule: string;
  /** Where the residence view's commuting comes from, when it is given. */
  commutingSource?: string;
}

/** The section for a file with councils (`baseline.councils`); undefined for any other file. */
export function councilSection(
  doc: ScenarioDocument,
  { name, projection }: ScenarioProjection,
): CouncilSection | undefined {
  const r = councilResults(doc, projection);
  if (!r || r.years.length === 0) return undefined;
  const peak = peakYear('net-jobs', projection);
  const k = peak === null ? r.years.length - 1 : r.years.indexOf(peak);
  const when = peak === null ? `${r.years[k]}` : `${peak}, the peak year of net jobs`;
  const residence = r.outsideNetJobs !== undefined;
  const netJobs = r.councils.reduce((s, c) => s + c.netJobs[k]!, 0);
  const share = (x: number) => (netJobs === 0 ? null : x / netJobs);
  const table: ReportTable = {
    id: 'councils',
    title: `Results by council, ${when}, ${name}`,
    priceBase: doc.prices.baseYear,
    columns: [
      textColumn('council', 'Council'),
      textColumn('code', 'Code'),
      numberColumn('gross-gva', 'Gross GVA', 'gbpMillions', 1),
      numberColumn('gross-jobs', 'Gross jobs', 'jobs', 0),
      numberColumn('net-gva', 'Net GVA', 'gbpMillions', 1),
      numberColumn('net-jobs', 'Net jobs (workplace)', 'jobs', 0),
      ...(residence
        ? [
            numberColumn('resident-net-jobs', 'Net jobs by residence', 'jobs', 0),
            numberColumn('resident-share', 'Share of net jobs by residence', 'percent', 1, { short: 'Share' }),
          ]
        : []),
    ],
    rows: [
      ...r.councils.map((c) => ({
        id: c.code,
        cells: [
          c.name,
          c.code,
          c.grossGva[k]!,
          c.grossJobs[k]!,
          c.netGva[k]!,
          c.netJobs[k]!,
          ...(residence ? [c.residentNetJobs![k]!, share(c.residentNetJobs![k]!)] : []),
        ],
      })),
      ...(residence
        ? [
            {
              id: 'outside',
              cells: [
                'Living outside the authority',
                null,
                null,
                null,
                null,
                null,
                r.outsideNetJobs![k]!,
                r.outsideShare![k] ?? null,
              ],
            },
          ]
        : []),
    ],
  };
  return { table, rule: r.rule, ...(r.commutingSource ? { commutingSource: r.commutingSource } : {}) };
}
