import { el, replaceChildren } from '../shared/dom.js'
import { citationLabel, shortOrg } from '../shared/format.js'
import type { AnswerState } from '../shared/ui-stream.js'
import type { Citation } from '../shared/types.js'
import { renderBarChart } from './bar-chart.js'

export interface ChatTurn {
  root: HTMLElement
  /** Shows the answer so far; chips and chart are rebuilt only when they change. */
  update(state: AnswerState): void
  fail(message: string): void
  /** What the answer says on screen (the not-found sentence included): kept as history. */
  shownText(): string
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

  return {
    root,
    update(state) {
      text.textContent = state.text
      if (state.text || state.finished) status.remove()
      else if (state.progress) status.textContent = `正在查表（已查 ${state.progress} 次）…`
      if (state.notes.length !== shownNotes) {
        shownNotes = state.notes.length
        replaceChildren(notes, ...state.notes.map((n) => el('li', { text: n })))
      }
      if (state.citations.length !== shownCitations) {
        shownCitations = state.citations.length
        replaceChildren(chips, el('span', { class: 'chips-label', text: '出处' }), ...state.citations.map((c) => chip(c, onCite)))
      }
      if (state.chart.length !== shownBars) {
        shownBars = state.chart.length
        replaceChildren(chart, state.chart.length > 1 ? renderBarChart(state.chart) : null)
      }
      if (state.finished) {
        answer.removeAttribute('aria-busy')
        if (state.error) this.fail(state.error)
        else if (!state.text.trim()) text.textContent = '没有找到相关的数字。可以换个说法，或写明单位和年度。'
      }
    },
    shownText: () => text.textContent ?? '',
    fail(message) {
      status.remove()
      answer.removeAttribute('aria-busy')
      answer.appendChild(el('p', { class: 'error', text: message }))
    },
  }
}

function chip(c: Citation, onCite: (c: Citation, chip: HTMLElement) => void): HTMLElement {
  const label = citationLabel(c)
  const title = [c.org, `${c.year} 年`, c.tableTitle, c.column].filter(Boolean).join(' · ')
  const button = el('button', { type: 'button', class: 'chip', title, 'aria-label': `查看出处：${title} ${label}` },
    el('span', { class: 'chip-main', text: label }), el('span', { class: 'chip-src', text: `${shortOrg(c.org)} ${c.year}` }))
  button.addEventListener('click', () => onCite(c, button))
  return button
}
