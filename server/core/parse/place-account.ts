import type { SourceLine } from './source-lines.js'
import { placeOf } from './meta-rules.js'

/** The level word a place's own name ends in: 区, 县, 市, 旗, 州, 盟. */
const LEVEL = /(?:自治县|自治旗|自治州|区|县|市|旗|州|盟)$/u

/**
 * A title naming only a place ("乌鲁木齐市某区2019年度“三公”经费公开说明") over a body that gives the account of that
 * place's own level ("某区本级共127个一级预算部门…"): the organisation is the place's 本级, the whole government at that
 * level, named as the document names it. Without 本级 in the body the place is left unnamed (a unit's page, a site's
 * name, a sidecar may still give it).
 */
export function placeOwnAccount(lines: SourceLine[], place: string): string | undefined {
  const { city, region } = placeOf(place)
  const own = region ?? city ?? place
  // the name the body uses: the whole place (乌鲁木齐市某区), its lowest level (某区), or that without its level word
  const names = [...new Set([place, own, own.replace(LEVEL, '')])].filter((n) => n.length >= 2)
  const body = lines.map((l) => l.text.replace(/\s+/g, '')).join('\n')
  return names.some((n) => body.includes(`${n}本级`)) ? `${place}本级` : undefined
}
