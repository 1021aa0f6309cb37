import type { Indicator } from '../../schema.js'

const OPERATOR = /^(?:≥|≤|=|＝|>|<|＞|＜|≧|≦|定性)$/
const NUMERIC = /^-?\d+(?:\.\d+)?$/
const UNIT = /^(?:%|％|[\p{Script=Han}]{1,3}(?:\/[\p{Script=Han}]{1,3})?|元\/人年)$/u

/**
 * An indicator with operator, target and unit in their places. Some tables print the cells in a different
 * order than their header (指标值 under 计量单位); the values say what they are, so sort them by shape.
 */
export function normalizedIndicator(ind: Indicator): Indicator {
  const vals = [ind.operator, ind.target, ind.unit].filter((v): v is string => !!v && v.trim() !== '').map((v) => v.trim())
  const operator = vals.find((v) => OPERATOR.test(v))
  const rest = vals.filter((v) => v !== operator)
  const target = rest.find((v) => NUMERIC.test(v)) ?? (operator === '定性' ? rest.find((v) => !UNIT.test(v) || v.length > 3) : undefined) ?? ind.target
  const unit = rest.find((v) => v !== target && UNIT.test(v)) ?? (ind.unit && ind.unit !== target && ind.unit !== operator ? ind.unit : undefined)
  return { ...ind, operator: operator?.replace('＝', '=') ?? ind.operator, target, unit }
}

/** "≥95%", "≥22万人", "定性：有所提升". */
export function targetText(ind: Indicator): string {
  if (ind.operator === '定性') return `定性：${ind.target ?? ''}`
  return `${ind.operator ?? ''}${ind.target ?? ''}${ind.unit ?? ''}`
}
