export { discountFactors, greenBookRate } from './discount.ts';
export { netFactor, additionalitySteps } from './additionality.ts';
export {
  appraise,
  benefitCostRatio,
  costPerNetJob,
  costPerNetJobYear,
  socialBenefitCostRatio,
  vfmBand,
  type AppraisalInputs,
} from './appraise.ts';
export {
  setInterventionFactor,
  setNationalFactors,
  setOptimismBias,
  setScenarioFactor,
  setScenarioOptimismBias,
  withRange,
  withValue,
} from './edits.ts';
