/**
 * Rule `body-spelling`: the name a heading gives the body with a slip of one character ("广西法官法院", printed twice in
 * the headings) beside the name its own sentences write more often ("广西法官学院", five times): the body is the name
 * the text writes most. Only a name of one character's difference, not an ordinal's (第一中学 is no slip for 第二中学),
 * written at least three times and more often than the heading's.
 */
const ORDINAL = /[一二三四五六七八九十]/u

export function bodySpelling(org: string, text: string): string {
  const name = [...org]
  if (name.length < 5 || !/^\p{Script=Han}+$/u.test(org)) return org
  const times = (s: string) => text.split(s).length - 1
  const own = times(org)
  const tally = new Map<string, number>()
  for (let i = 1; i < name.length - 1; i++) {
    const before = name.slice(0, i).join('')
    const after = name.slice(i + 1).join('')
    for (let at = text.indexOf(before); at >= 0; at = text.indexOf(before, at + 1)) {
      const ch = text[at + before.length]
      if (!ch || ch === name[i] || !/\p{Script=Han}/u.test(ch) || ORDINAL.test(ch) || ORDINAL.test(name[i])) continue
      if (text.startsWith(after, at + before.length + 1)) tally.set(before + ch + after, (tally.get(before + ch + after) ?? 0) + 1)
    }
  }
  const [best, n] = [...tally.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
  return best && n >= 3 && n > own ? best : org
}
