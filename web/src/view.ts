import { el } from './shared/dom.js'
import { createApi } from './shared/api.js'
import { originalLinks } from './chat/source-view.js'

type PdfModule = { renderPdfPage(container: HTMLElement, url: string, page: number, box?: number[]): Promise<number> }

/** /view?doc=&page=&box=x,y,w,h: one page of an original PDF with the cited box marked (opened from the widget). */
const mount = document.getElementById('view')
if (mount) {
  const api = createApi('')
  const params = new URLSearchParams(location.search)
  const doc = params.get('doc') ?? ''
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1)
  const box = params.get('box')?.split(',').map(Number)
  const frame = el('div', { class: 'pdf-frame', tabindex: 0, role: 'region', 'aria-label': `原文件第 ${page} 页` }, el('p', { class: 'status', text: '正在打开原文件…' }))
  const heading = el('h2', { text: `原文件第 ${page} 页${box?.length === 4 ? '（引用处已框出）' : ''}` })
  mount.append(heading, originalLinks(api, doc), frame)
  ;(import(`${location.origin}/pdf-view.mjs`) as Promise<PdfModule>)
    .then((m) => m.renderPdfPage(frame, api.originalUrl(doc), page, box?.length === 4 && box.every(Number.isFinite) ? box : undefined))
    .catch(() => frame.replaceChildren(el('p', { class: 'error', text: '原文件暂时无法显示，可以下载查看。' })))
}
