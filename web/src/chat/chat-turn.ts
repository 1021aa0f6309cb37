import { el, replaceChildren } from '../shared/dom.js'
import { citationLabel, citationPlace } from '../shared/format.js'
import type { AnswerState } from '../shared/ui-stream.js'
import type { Citation } from '../shared/types.js'
import { renderBarChart } from './bar-chart.js'

export interface ChatTurn {
  root: HTMLElement
  /** Shows the answer so far; chips and chart are rebuilt only when they change. */
  update(state: AnswerState): void
  /** An error sentence, with a retry button when `retry` is given. */
  fail(message: string, retry?: () => void): void
  /** The reader stopped the answer: what came so far stays. */
  stopped(): void
  /** What the answer says on screen (the not-found sentence included): kept as history. */
  shownText(): string
}

/** What the status line says while a tool runs: the lookup in words, not a spinner. */
const TOOL_STATUS: Record<string, string> = {
  'get-figure': '正在表格里找这个数字',
  'find-rows': '正在查找相关的行',
  'rank-figures': '正在比较各单位的数字',
  compute: '正在核算',
  'search-text': '正在查说明文字',
  'find-prose-figure': '正在查说明文字里的数字',
  'explain-figure': '正在查变化的原因',
  'define-term': '正在查名词解释',
  'performance-targets': '正在查绩效目标',
  'list-documents': '正在查收录的文件',
}

export function statusText(state: Pick<AnswerState, 'progress' | 'lastTool'>): string {
  if (!state.progress) return '正在查找…'
  const what = (state.lastTool && TOOL_STATUS[state.lastTool]) || '正在查表'
  return `${what}…（已查 ${state.progress} 次）`
}

/** One question and its streamed answer. */
export function createChatTurn(question: string, onCite: (c: Citation, chip: HTMLElement) => void): ChatTurn {
  const status = el('p', { class: 'status', text: '正在查找…' })
  const text = el('p', { class: 'a-text' })
  const chart = el('div', { class: 'a-chart' })
  const notes = el('ul', { class: 'notes' })
  const chips = el('div', { class: 'chips' })
  const answer = el('div', { class: 'a', 'aria-busy': 'true' }, el('span', { class: 'sr-only', text: '回答：' }), status, text, notes, chart, chips)
  const root = el('article', { class: 'turn' }, el('p', { class: 'q' }, el('span', { class: 'sr-only', text: '你问：' }), question), answer)
  let shownCitations = 0
  let shownBars = 0
  let shownNotes = 0

  const done = () => {
    status.remove()
    answer.removeAttribute('aria-busy')
  }

  return {
    root,
    update(state) {
      text.textContent = state.text
      if (state.text || state.finished) status.remove()
      else status.textContent = statusText(state)
      if (state.notes.length !== shownNotes) {
        shownNotes = state.notes.length
        replaceChildren(notes, ...state.notes.map((n) => el('li', { text: n })))
      }
      if (state.citations.length !== shownCitations) {
        shownCitations = state.citations.length
        replaceChildren(chips, el('span', { class: 'chips-label', text: '出处' }), ...uniqueCitations(state.citations).map((c) => chip(c, onCite)))
      }
      if (state.chart.length !== shownBars) {
        shownBars = state.chart.length
        replaceChildren(chart, state.chart.length > 1 ? renderBarChart(state.chart) : null)
      }
      if (state.finished) {
        done()
        if (state.error) this.fail(state.error)
        else if (!state.text.trim()) text.textContent = '没有找到相关的数字。可以换个说法，或写明单位和年度。'
      }
    },
    shownText: () => text.textContent ?? '',
    fail(message, retry) {
      done()
      answer.appendChild(el('p', { class: 'error', text: message }))
      if (retry) answer.appendChild(el('button', { type: 'button', class: 'retry', text: '重试', onclick: retry }))
    },
    stopped() {
      done()
      answer.appendChild(el('p', { class: 'muted stopped', text: '已停止。' }))
    },
  }
}

/** The same cell cited twice (a figure and its total, a repeated tool call) gets one chip. */
export function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>()
  return citations.filter((c) => {
    const key = [c.docId, c.rowId ?? c.paragraphId ?? c.lines.join('-'), c.column ?? '', c.value ?? ''].join('|')
    return !seen.has(key) && !!seen.add(key)
  })
}

/** A chip named by its visible text (no aria-label): what was cited, then where. */
function chip(c: Citation, onCite: (c: Citation, chip: HTMLElement) => void): HTMLElement {
  const button = el('button', { type: 'button', class: 'chip', title: [c.org, `${c.year} 年`, c.tableTitle, c.column].filter(Boolean).join(' · ') },
    el('span', { class: 'chip-main', text: citationLabel(c) }), el('span', { class: 'chip-src', text: citationPlace(c) }))
  button.addEventListener('click', () => onCite(c, button))
  return button
}
