/** Short forms of an organisation's name, by the shape of Chinese unit names (never a list of places). */
export interface OrgNames {
  /** a renamed unit's 原 dropped: 原重庆市江北区医疗保障事务中心 → 重庆市江北区医疗保障事务中心 (one unit across its years) */
  withoutFormer(org: string): string
  /** also its prefecture city dropped: → 江北区医疗保障事务中心 (labels of units of one city side by side) */
  withoutCity(org: string): string
}

const withoutFormer = (org: string) => org.replace(/^原/, '')

export const orgNames: OrgNames = {
  withoutFormer,
  withoutCity: (org) => withoutFormer(org).replace(/^\p{Script=Han}{2,3}市/u, ''),
}
