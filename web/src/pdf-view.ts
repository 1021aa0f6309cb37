/**
 * The original PDF page with the cited cell's box marked: pdf.js, built as its own module (pdf-view.mjs) and
 * imported only when a PDF citation is opened, never part of the widget or a page's first load.
 */
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist'

const here = new URL('./', import.meta.url).href
GlobalWorkerOptions.workerSrc = `${here}pdf.worker.min.mjs`

/** A box in PDF units, origin top-left: [x, y, width, height]. */
export type Box = [number, number, number, number]

/**
 * Renders `pageNo` of the PDF at `url` into `container`, scaled to its width, with `box` outlined; scrolls the mark
 * into view of the container. Resolves with the number of pages.
 */
export async function renderPdfPage(container: HTMLElement, url: string, pageNo: number, box?: Box): Promise<number> {
  const pdf = await getDocument({
    url,
    isEvalSupported: false, // the pages' CSP has no 'unsafe-eval'
    cMapUrl: `${here}pdfjs/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${here}pdfjs/standard_fonts/`,
  }).promise
  const page = await pdf.getPage(Math.min(Math.max(1, pageNo), pdf.numPages))
  const base = page.getViewport({ scale: 1 })
  // never below the page's own size: on a phone the page scrolls inside its frame rather than shrinking to a blur
  const scale = Math.max(1, (container.clientWidth || base.width) / base.width)
  const viewport = page.getViewport({ scale })
  const ratio = Math.min(2, window.devicePixelRatio || 1)
  const canvas = document.createElement('canvas')
  canvas.width = Math.floor(viewport.width * ratio)
  canvas.height = Math.floor(viewport.height * ratio)
  canvas.style.width = `${Math.floor(viewport.width)}px`
  canvas.style.height = `${Math.floor(viewport.height)}px`
  canvas.setAttribute('role', 'img')
  canvas.setAttribute('aria-label', `原文件第 ${page.pageNumber} 页`)
  const stage = document.createElement('div')
  stage.className = 'pdf-stage'
  stage.style.position = 'relative'
  stage.style.width = canvas.style.width
  stage.appendChild(canvas)
  await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise
  if (box) {
    const mark = document.createElement('div')
    mark.className = 'pdf-box'
    const [x, y, w, h] = box
    // the box is already top-left based; the page's own origin (a cropped media box) shifts it
    const [ox, oy] = [base.viewBox[0], base.viewBox[1]]
    Object.assign(mark.style, { position: 'absolute', left: `${(x - ox) * scale - 3}px`, top: `${(y - oy) * scale - 3}px`, width: `${w * scale + 6}px`, height: `${h * scale + 6}px` })
    stage.appendChild(mark)
  }
  container.replaceChildren(stage)
  const mark = stage.querySelector<HTMLElement>('.pdf-box')
  if (mark) {
    container.scrollTop = Math.max(0, mark.offsetTop - container.clientHeight / 2)
    container.scrollLeft = Math.max(0, mark.offsetLeft + mark.offsetWidth / 2 - container.clientWidth / 2)
    mark.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }
  return pdf.numPages
}
