/**
 * Rule `body-also-named`: a district's unit whose title names it with its district ("南昌市东湖区第八人民医院2023年单位
 * 预算") while its own sentences name it with its city alone ("南昌市第八人民医院是…下属单位", "南昌市第八人民医院概况"):
 * that name is the document's too, so a question asking it so finds it. Only a name the text writes at least twice;
 * never a form derived without the text's word for it (南昌市第一中学 is not 东湖区第一中学 unless the page says so).
 */
const MIN_TIMES = 2

export function alsoNamed(org: string, city: string | undefined, region: string | undefined, text: string): string[] {
  if (!city || !region || !org.startsWith(city + region)) return []
  const core = org.slice(city.length + region.length)
  if (core.length < 3) return []
  const name = city + core
  const times = text.split(name).length - 1
  return times >= MIN_TIMES ? [name] : []
}
