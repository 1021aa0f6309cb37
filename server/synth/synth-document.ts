/**
 * Deterministic synthetic disclosures made from the seed documents: another city, district, department and year,
 * every decimal amount multiplied by one integer factor (so every sum, subtotal and growth rate still reconciles
 * exactly). Each seed carries its own layout (tab, markdown, box, HTML, PDF-flattened), so all of them recur.
 */

export interface SeedText { name: string; text: string }

const CITIES = ['重庆市', '成都市', '武汉市', '西安市', '长沙市', '昆明市', '贵阳市', '南宁市', '郑州市', '合肥市', '南昌市', '福州市']
const DISTRICT_HEADS = ['东', '西', '南', '北', '中', '新', '青', '金', '龙', '凤', '云', '石', '沙', '江', '河', '湖', '山', '平', '安', '宁']
const DISTRICT_TAILS = ['城', '湖', '川', '林', '州', '阳', '水', '峰', '桥', '溪', '港', '原', '坪', '岭', '台', '塘', '坝', '口', '园', '关']
/** [full stem, short form people use]: 医疗保障局 → 民政局, 医保局 → 民政局 */
const DEPARTMENTS: [string, string][] = [
  ['医疗保障', '医保'], ['民政', '民政'], ['司法', '司法'], ['农业农村', '农业农村'], ['生态环境', '生态环境'],
  ['交通运输', '交通'], ['文化旅游', '文旅'], ['市场监督管理', '市场监管'], ['应急管理', '应急'], ['退役军人事务', '退役军人'],
  ['住房和城乡建设', '住建'], ['人力资源和社会保障', '人社'], ['卫生健康', '卫健'], ['规划和自然资源', '规划资源'], ['水利', '水利'],
  ['商务', '商务'], ['统计', '统计'], ['审计', '审计'], ['林业', '林业'], ['体育', '体育'], ['档案', '档案'], ['信访', '信访'],
  ['机关事务管理', '机关事务'], ['城市管理', '城管'], ['科学技术', '科技'],
]
const SEED_PLACES = ['两江新区', '江北区', '綦江区', '开州区', '渝北区', '南岸区']
const FIRST_YEAR = 2022
const YEARS = 4

/** The district name of district number n: 400 distinct two-character heads + tails, then numbered. */
export function districtName(n: number): string {
  const head = DISTRICT_HEADS[n % DISTRICT_HEADS.length]
  const tail = DISTRICT_TAILS[Math.floor(n / DISTRICT_HEADS.length) % DISTRICT_TAILS.length]
  const round = Math.floor(n / (DISTRICT_HEADS.length * DISTRICT_TAILS.length))
  return `${head}${tail}${round ? '一二三四五六七八九'[(round - 1) % 9] : ''}区`
}

export interface SynthPlan { file: string; seed: string; city: string; district: string; dept: string; year: number; factor: number }

/** Document i of a corpus: organisation i / YEARS (city, district, department), year FIRST_YEAR + i % YEARS. */
export function planDocument(i: number, seeds: SeedText[]): SynthPlan {
  const orgN = Math.floor(i / YEARS)
  const dept = DEPARTMENTS[orgN % DEPARTMENTS.length]
  const placeN = Math.floor(orgN / DEPARTMENTS.length)
  const city = CITIES[placeN % CITIES.length]
  const district = districtName(Math.floor(placeN / CITIES.length) * 7 + (placeN % CITIES.length))
  const seed = seeds[(i * 7 + orgN) % seeds.length]
  const factor = 1 + ((i * 2654435761) >>> 0) % 9
  return { file: `s${String(i).padStart(5, '0')}.${seed.name.split('.').pop()}`, seed: seed.name, city, district, dept: dept[0], year: FIRST_YEAR + (i % YEARS), factor }
}

const scaleAmount = (text: string, factor: number): string => {
  const [int, frac = ''] = text.replace(/,/g, '').split('.')
  const cents = (BigInt(int + frac.padEnd(2, '0').slice(0, 2)) * BigInt(factor)).toString().padStart(3, '0')
  let whole = cents.slice(0, -2)
  const dec = cents.slice(-2)
  if (text.includes(',')) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return frac.length === 1 ? `${whole}.${dec[0]}` : `${whole}.${dec}`
}

/** One synthetic document's text from its seed. */
export function synthText(plan: SynthPlan, seedText: string): string {
  const yearShift = plan.year - seedYear(seedText)
  const short = DEPARTMENTS.find((d) => d[0] === plan.dept)![1]
  let t = seedText
  for (const place of SEED_PLACES) t = t.split(place).join(plan.district)
  t = t.split('重庆市').join(plan.city).split('医疗保障').join(plan.dept).split('医保').join(short)
  // years, then amounts with decimals (two places or one); percentages and integers (counts, codes) untouched
  t = t.replace(/(?<![\d.])(20[1-3]\d)(?=\s*年)/g, (y) => String(Number(y) + yearShift))
  t = t.replace(/(?<![\d.,])\d[\d,]*\.\d{1,2}(?![\d%])(?!\s*%)/g, (a) => (plan.factor === 1 ? a : scaleAmount(a, plan.factor)))
  return t
}

/** The budget year of a seed: the first "<year> 年…预算" in its opening lines. */
export function seedYear(text: string): number {
  const m = /(20[1-3]\d)\s*年(?:度)?\s*(?:[\p{Script=Han}（）()]{0,40})?(?:部门|单位)?预算/u.exec(text.slice(0, 2000))
  return m ? Number(m[1]) : FIRST_YEAR
}
