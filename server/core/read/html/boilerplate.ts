import { FURNITURE_RULES } from '../../parse/page-furniture.js'
import { findAll, type HtmlElement } from './html-dom.js'

/** Elements that never hold the disclosure: scripts, forms, embedded frames, the page's own navigation. */
const DROP_TAGS = new Set(['script', 'style', 'noscript', 'head', 'iframe', 'form', 'select', 'button', 'input', 'textarea', 'nav', 'footer', 'aside', 'svg', 'object', 'map', 'template'])

/** class/id words of site chrome (menus, breadcrumbs, footers, share bars); `head`/`top` are left alone: article titles use them. */
const CHROME = /(?:^|[\s_-])(?:nav|navbar|menu|submenu|breadcrumbs?|crumbs?|footer|foot|header|bottom|copyright|sidebar|side-?bar|share|bdshare|position|location|dqwz|wzdh|toolbar|search|login|banner|friend-?links?|yqlj|fontsize|print-?bar|skip)(?=$|[\s_\d-])/i

/** Table structure is never chrome, whatever its class says. */
const STRUCTURAL = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption'])

/** An article's heading lives in a <header> or an "article-header" block: such a block is never chrome. */
const holdsHeading = (el: HtmlElement) => findAll(el, (x) => /^h[1-3]$/.test(x.tag)).length > 0

/** An element that is site furniture, not document: dropped with everything inside it. */
export function isChrome(el: HtmlElement): boolean {
  if (DROP_TAGS.has(el.tag)) return true
  if (STRUCTURAL.has(el.tag)) return false
  if (el.tag === 'header') return !holdsHeading(el)
  return CHROME.test(`${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`.trim()) && !holdsHeading(el)
}

/**
 * A named rule for one line of page text that belongs to the site, not the document; `particulars`: the line states
 * the page's own particulars (who published it, when), set apart to be cited rather than thrown away.
 */
export interface ChromeLineRule { name: string; test: RegExp; particulars?: true }

export const CHROME_LINES: ChromeLineRule[] = [
  { name: 'breadcrumb', test: /^(?:当前位置|您的位置|您现在的位置|你的位置|所在位置)\s*[:：]/ },
  { name: 'breadcrumb-trail', test: /^首页\s*(?:[>›»＞/]|&gt;)/ },
  { name: 'site-footer', test: /版权所有|Copyright|ICP\s*备|公网安备|网站标识码|主办单位\s*[:：]|承办单位\s*[:：]|技术支持\s*[:：]|网站地图|联系我们/i },
  { name: 'font-size', test: /^[【\[]?\s*(?:字体|字号)\s*[:：]\s*(?:大|小|中)/ },
  { name: 'page-actions', test: /^[【\[]?\s*(?:打印本页|关闭窗口|打印|关闭|返回顶部|收藏|分享到)\s*[】\]]?(?:\s*[【\[]?\s*(?:打印本页|关闭窗口|打印|关闭|返回顶部|收藏)\s*[】\]]?)*$/ },
  { name: 'share', test: /^分享到\s*[:：]?/ },
  { name: 'prev-next', test: /^(?:上一篇|下一篇|上一条|下一条)\s*[:：]/ },
  // the site's particulars of the page (索引号 … 摘要：…): its own summary can disagree with the article, which is the document
  { name: 'page-particulars', test: /^(?:索引号|组配分类|主题分类|体裁分类|信息分类|发文机关|发布机构|成文日期|发文字号|文号|公开方式|公开范围|公开时限|有效性|摘要|内容概述|关键词|关键字)\s*[:：]/, particulars: true },
  // the same particulars as a grid with no colons, set apart by spaces or pipes ("索 引 号 1164…/2022-00043 文 号 生成日期
  // 2022-10-25", "发布机构 某局 责任部门 某局 关 键 字 …", "公开目录 | 财政预决算 | 发布日期 | 2020-08-28 17:06:57 |"): a
  // label opening the line and another label after it
  { name: 'page-particulars-grid', test: /^(?:索\s*引\s*号|发布机构|公开方式|公开目录|主题分类)\s*[\s|]\s*\S.*[\s|]\s*(?:文\s*号|责任部门|公开时限|生成日期|关\s*键\s*字|是否有效|发布日期|发布机构|成文日期)\s*(?:[\s|]|$)/, particulars: true },
  { name: 'page-meta', test: /^(?:发布时间|发布日期|信息来源|来源|浏览次数|浏览量|点击数|点击量|点击率|阅读次数|阅读量|访问量|文章来源|作者|责任编辑)\s*[:：]/, particulars: true },
  // "2020-09-27 15:24:15 点击:[]", "来源　某县水利局　发布时间　2025-09-12 11:30　阅读": a date stamp with a clock time
  ...FURNITURE_RULES.filter((r) => r.name === 'date-stamp' || r.name === 'counter').map((r) => ({ name: `page-${r.name}`, test: r.test, particulars: true as const })),
]

/** The rule that marks a line as site chrome, if any. */
export const chromeLineRule = (line: string) => {
  const t = line.trim().replace(/\u3000/g, ' ')
  return CHROME_LINES.find((r) => r.test.test(t))
}

/** Images that decorate the page (logos, icons, QR codes, spacers): never a table published as an image. */
export function isDecorativeImage(el: HtmlElement): boolean {
  const src = el.attrs.src?.startsWith('data:') ? '' : el.attrs.src ?? ''
  const words = `${src} ${el.attrs.class ?? ''} ${el.attrs.id ?? ''} ${el.attrs.alt ?? ''}`
  if (/logo|icon|ico_|banner|qrcode|erweima|ewm|二维码|share|print|close|arrow|dot|bullet|spacer|blank|bg[_.-]|button|btn|gif$|\.gif\b|wza|无障碍|党徽|国徽/i.test(words)) return true
  const w = Number(el.attrs.width)
  const h = Number(el.attrs.height)
  return (w > 0 && w < 120) || (h > 0 && h < 60)
}
