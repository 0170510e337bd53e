export {
  DEFLATOR_FIRST_YEAR,
  DEFLATOR_NOTE,
  LONG_RUN_GROWTH,
  deflatorBasis,
  deflatorFactors,
  deflatorRows,
  gdpDeflator,
  hmtJune2023Levels,
  priceRatio,
  type DeflatorBasis,
} from './deflator.ts';
export { isMoneyUnit, rebaseDocument, type RebaseOutcome } from './rebase.ts';
