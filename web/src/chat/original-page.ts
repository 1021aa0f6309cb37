import type { Api } from '../shared/api.js'
import { el } from '../shared/dom.js'
import type { Citation } from '../shared/types.js'

type PdfModule = { renderPdfPage(container: HTMLElement, url: string, page: number, box?: number[]): Promise<number> }
let pdfModule: Promise<PdfModule> | undefined

/** pdf.js comes in only now, from the service's own origin (a separate module: never in a first load). */
const loadPdfView = (base: string) => (pdfModule ??= import(/* @vite-ignore */ `${base || location.origin}/pdf-view.mjs`) as Promise<PdfModule>)

/** The /view page for one cited PDF page: where the widget sends a reader (pdf.js needs the service's origin). */
export function viewUrl(api: Api, c: Pick<Citation, 'docId' | 'page' | 'box'>): string {
  const q = new URLSearchParams({ doc: c.docId, page: String(c.page ?? 1) })
  if (c.box) q.set('box', c.box.map((n) => Math.round(n * 10) / 10).join(','))
  return `${api.base}/view?${q}`
}

/**
 * The cited page of a PDF document with the cell's box marked, rendered here on our own pages; in the widget,
 * a link to /view (a host page's CSP and origin are not ours to load pdf.js into).
 */
export function renderOriginalPage(api: Api, c: Citation, level: number): HTMLElement | null {
  if (!c.page) return null
  const title = el(`h${Math.min(6, level + 1)}` as 'h3', { class: 'tv-src-title', text: `原文件第 ${c.page} 页${c.box ? '（引用处已框出）' : ''}` })
  if (api.base) return el('div', { class: 'original-page' }, title, el('a', { href: viewUrl(api, c), target: '_blank', rel: 'noopener', text: '在新窗口查看原文件这一页' }))
  const canvas = el('div', { class: 'pdf-frame', tabindex: 0, role: 'region', 'aria-label': `原文件第 ${c.page} 页` }, el('p', { class: 'status', text: '正在打开原文件…' }))
  const wrap = el('div', { class: 'original-page' }, title, canvas)
  requestAnimationFrame(() => {
    loadPdfView(api.base)
      .then((m) => m.renderPdfPage(canvas, api.originalUrl(c.docId), c.page!, c.box))
      .catch(() => canvas.replaceChildren(el('p', { class: 'muted', text: '原文件暂时无法显示，可以下载查看。' })))
  })
  return wrap
}
