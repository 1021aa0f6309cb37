import type { OrgMention } from './org-mention.js'

/**
 * "凉山州2022年州本级…", "天山区2019年区本级…": after a place is named, its level word and 本级 restate the same
 * organisation (the place's own account). Each restatement becomes a mention of that place, so its words are claimed
 * and never read as a subject; distinctMentions counts it once.
 */
export function restatedLevels(t: string, mentions: OrgMention[]): OrgMention[] {
  const out: OrgMention[] = []
  const taken = (i: number, j: number) => [...mentions, ...out].some((m) => i < m.end && j > m.start)
  for (const m of mentions) {
    const place = m.cityOnly ? m.city : m.stem && !m.type && m.known ? m.text : undefined
    const level = place && /[州市区县盟旗]$/u.exec(place)?.[0]
    if (!level) continue
    for (let i = t.indexOf(`${level}本级`, m.end); i >= 0; i = t.indexOf(`${level}本级`, i + 1)) {
      if (!taken(i, i + 3)) out.push({ ...m, start: i, end: i + 3, text: t.slice(i, i + 3) })
    }
  }
  return out
}
