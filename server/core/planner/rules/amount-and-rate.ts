/** "增加了多少", "多收了多少", "少了多少", "减了多少": the amount of a change. */
const AMOUNT = /(?:增加|减少|增长|下降|增|减|降|涨|多(?:收|支|花|用|拨)?|少(?:收|支|花|用|拨)?)了?多少(?![%％])/u
/** "增幅多少", "增长几成", "增长百分之几", "增长率": its rate. */
const RATE = /增幅|降幅|增速|增长率|下降率|变化率|变动率|几成|百分之几|百分比|幅度|多少[%％]/u

/**
 * Rule `amount-and-rate`: "比2020年多收了多少？增长几成？" asks a change's amount and its rate together: both are
 * given, each computed from the same two figures. True when the question asks both.
 */
export const asksAmountAndRate = (text: string) => AMOUNT.test(text) && RATE.test(text)
