/**
 * A city named alone as the organisation of a question ("某某市去年的三公经费", "某某市和某县卫健局…", "某某市这个预算…"):
 * a city-wide disclosure is published in the city's own name. What follows the name decides: a unit name makes it
 * that unit's city (read elsewhere); a word of which 市 is the head (市场, 市民, 市容, 市政…) means no city is named.
 */

/** Words beginning with 市 that a two-character run before them does not make a city ("农贸市场", "城乡市容"). */
const MARKET_WORD = /^(?:场|民|容|政(?!府)|值|面|价|区|井|集|镇)/u

/** What can follow a city that is named alone, whether or not it is held: a time, a conjunction, a pointing word, punctuation. */
const AFTER_ALONE = /^(?:[今去明前上本近下]一?年度?|这|那|该|此|其|全|各|本级|[和与及、跟同或对在]|[^\p{Script=Han}]|$)/u

/**
 * Whether the city at the end of `before` names the organisation, given the text after it (`rest`) and whether a
 * document of that city is held. A held city may be followed by the subject itself ("某某市三公经费…"); a city not
 * held only by a boundary, so a word that merely contains 市 never becomes an unknown organisation.
 */
export function namesCityAlone(rest: string, held: boolean): boolean {
  if (MARKET_WORD.test(rest)) return false
  return held || AFTER_ALONE.test(rest)
}
