/**
 * Rule `counted-event`: a clause that says what happened to some of a stock ("一辆老旧车辆报废", "新购置车辆2辆",
 * "新增编制3名") counts those, not what is held: it answers a count only when the question asks that very event.
 * A sentence that states the stock itself ("共有公务用车3辆", "现有车辆2辆") is preferred to one that only mentions
 * the things counted on the way ("主要用于2辆公务用车的燃料").
 */
const EVENT = /报废|购置|新购|购买|更新|处置|调拨|调剂|拍卖|新增|淘汰|核销|划转|划入|划出/gu

/** The event words a text names (a question's "今年购置了几辆车": 购置). */
export const eventsIn = (text: string): string[] => [...new Set(text.match(EVENT) ?? [])]

/** A purchase said plainly, 买 ("买了几辆车"): the events a document writes it as. */
const BOUGHT = /(?<!购)买(?!单)/u
/** The events a question asks: those it names, and a purchase said as 买 read as 购置/购买/新购. */
export const eventsAsked = (text: string): string[] => [...new Set([...eventsIn(text), ...(BOUGHT.test(text) ? ['购置', '购买', '新购'] : [])])]

/** A clause to pass over when reading a count: it states an event none of `asked` names. */
export function otherEventClause(asked: string[]): (clause: string) => boolean {
  return (clause) => eventsIn(clause).some((e) => !asked.some((a) => a.includes(e)))
}

/** Words that state what is held: 共有, 现有, 实有, 保有, 拥有. */
const STOCK = /共有|现有|实有|保有|拥有/u
export const statesStock = (sentence: string) => STOCK.test(sentence)
