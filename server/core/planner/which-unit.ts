/** Most units a "which one?" answer names: a city's catalog would otherwise list thousands (issue 13). */
export const WHICH_UNIT_NAMES = 20

/**
 * The question back when several units fit and none was named: every unit when few do, else the first
 * `WHICH_UNIT_NAMES`, how many there are and where the full list is (the ranking's note points there too).
 * Example: whichUnit(['甲局', '乙局']) → "有2个单位符合，请问是哪一个？甲局、乙局。"
 */
export function whichUnit(orgs: string[], most = WHICH_UNIT_NAMES): string {
  if (orgs.length <= most) return `有${orgs.length}个单位符合，请问是哪一个？${orgs.join('、')}。`
  return `有${orgs.length}个单位符合，请问是哪一个？${orgs.slice(0, most).join('、')}等${orgs.length}个单位（完整名单见 /lookup）。`
}
