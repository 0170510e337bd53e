/**
 * The one text layout of a report table (models/report/table.ts textGrid) as the Markdown and print
 * writers render it, as it is and transposed: headings with unit and price base, figures right-aligned
 * and formatted, a missing value explained only where the table is turned on its side.
 */
import { describe, expect, it } from 'vitest';
import { htmlTable, markdownTable, numberColumn, textColumn, type ReportTable } from '../../../models/index.ts';

const table: ReportTable = {
  id: 't',
  title: 'Two scenarios',
  priceBase: 2019,
  columns: [
    textColumn('scenario', 'Scenario'),
    { ...numberColumn('npv', 'NPV', 'gbpMillions', 1), undefinedWhen: 'no costs' },
  ],
  rows: [
    { id: 'a', cells: ['Alpha', 1234.56] },
    { id: 'b', cells: ['Beta', null] },
  ],
};

describe('a report table as text', () => {
  it('lays out rows under headings, figures right-aligned', () => {
    expect(markdownTable(table)).toBe(
      [
        '**Two scenarios**',
        '',
        '| Scenario | NPV (£m, 2019 prices) |',
        '| --- | ---: |',
        '| Alpha | £1,234.6m |',
        '| Beta | – |',
      ].join('\n'),
    );
    expect(htmlTable(table)).toBe(
      '<table data-table="t"><caption>Two scenarios</caption><thead><tr><th scope="col">Scenario</th>' +
        '<th scope="col" class="num">NPV (£m, 2019 prices)</th></tr></thead><tbody>' +
        '<tr><td>Alpha</td><td class="num">£1,234.6m</td></tr><tr><td>Beta</td><td class="num">–</td></tr>' +
        '</tbody></table>',
    );
  });

  it('turns the table on its side: one column per row, measures named down the side', () => {
    expect(markdownTable(table, true)).toBe(
      [
        '**Two scenarios**',
        '',
        '| Measure | Alpha | Beta |',
        '| --- | ---: | ---: |',
        '| NPV (£m, 2019 prices) | £1,234.6m | Not defined (no costs) |',
      ].join('\n'),
    );
    // In print, a fixed layout with the measure column set, and the reason in a note below the table.
    expect(htmlTable(table, true)).toBe(
      '<table data-table="t" class="report-measures"><caption>Two scenarios</caption>' +
        '<colgroup><col class="report-measure"><col span="2"></colgroup><thead><tr><th scope="col">Measure</th>' +
        '<th scope="col" class="num">Alpha</th><th scope="col" class="num">Beta</th></tr></thead><tbody>' +
        '<tr><th scope="row">NPV (£m, 2019 prices)</th><td class="num">£1,234.6m</td>' +
        '<td class="num">–<sup>1</sup></td></tr></tbody></table>' +
        '<p class="report-table-notes"><sup>1</sup> Not defined (no costs)</p>',
    );
  });
});
