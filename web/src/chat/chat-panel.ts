import type { Api } from '../shared/api.js'
import { el, replaceChildren, uid } from '../shared/dom.js'
import type { Citation, HistoryMessage } from '../shared/types.js'
import { createChatTurn } from './chat-turn.js'
import { createSourceView } from './source-view.js'

export interface ChatPanelOptions {
  api: Api
  title: string
  org?: string
  suggestions: string[]
  /** Source beside the conversation on wide screens (the full page); the widget overlays it. */
  wide?: boolean
  /** Shows a close button (the widget). */
  onClose?: () => void
}

export interface ChatPanel {
  root: HTMLElement
  titleId: string
  focusInput(): void
  /** Puts a question in the box for the user to read and send (a shared link never asks by itself). */
  prefill(question: string): void
  ask(question: string): Promise<void>
}

const MAX_HISTORY = 20

/** The conversation: question box, suggestions, streamed answers with citation chips, and the cited table. */
export function createChatPanel(opts: ChatPanelOptions): ChatPanel {
  const titleId = uid('mz-title')
  const inputId = uid('mz-q')
  const history: HistoryMessage[] = []
  const live = el('div', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true' })
  const input = el('input', { id: inputId, type: 'text', maxlength: 500, autocomplete: 'off', enterkeyhint: 'send', placeholder: '例如：今年的公务接待费是多少？' })
  const submit = el('button', { type: 'submit', class: 'primary', text: '提问' })
  const form = el('form', { class: 'ask' }, el('label', { for: inputId, class: 'sr-only', text: '你的问题' }), input, submit)
  const suggestions = el('ul', { class: 'suggest', 'aria-label': '可以这样问' },
    ...opts.suggestions.map((q) => el('li', {}, el('button', { type: 'button', class: 'suggestion', onclick: () => void ask(q) }, q))))
  const intro = el('div', { class: 'intro' }, el('p', { text: '问部门预算里的任何数字，回答会附上原表中的出处。' }), suggestions)
  const log = el('section', { class: 'log', 'aria-label': '对话' }, intro)
  const source = createSourceView(opts.api, () => root.classList.remove('has-source'))
  const head = el('header', { class: 'chat-head' },
    el('div', {}, el('h2', { id: titleId, text: opts.title }), opts.org ? el('p', { class: 'scope', text: `只查询：${opts.org}` }) : null),
    opts.onClose ? el('button', { type: 'button', class: 'close', 'aria-label': '关闭问答', text: '×', onclick: opts.onClose }) : null)
  const root = el('div', { class: opts.wide ? 'chat wide' : 'chat' }, head, el('div', { class: 'chat-main' }, log, source.root), form, live)
  let busy = false

  form.addEventListener('submit', (e) => {
    e.preventDefault()
    void ask(input.value)
  })
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && root.classList.contains('has-source')) {
      e.stopPropagation()
      source.close()
    }
  })

  function openCitation(c: Citation, chip: HTMLElement) {
    root.classList.add('has-source')
    void source.show(c, chip)
  }

  async function ask(raw: string): Promise<void> {
    const question = raw.trim()
    if (!question || busy) return
    busy = true
    submit.disabled = true
    input.value = ''
    intro.remove()
    const turn = createChatTurn(question, openCitation)
    log.appendChild(turn.root)
    log.scrollTop = log.scrollHeight
    try {
      const state = await opts.api.chat({ question, history: history.slice(-MAX_HISTORY), org: opts.org }, (s) => {
        turn.update(s)
        log.scrollTop = log.scrollHeight
      })
      turn.update({ ...state, finished: true })
      const said = state.error ?? turn.shownText()
      history.push({ role: 'user', content: question }, { role: 'assistant', content: said.slice(0, 4000) })
      announce(said, state.citations.length)
    } catch (e) {
      const message = e instanceof Error && e.message ? e.message : '回答时出了问题，请稍后再试。'
      turn.fail(message)
      announce(message, 0)
    } finally {
      busy = false
      submit.disabled = false
      log.scrollTop = log.scrollHeight
    }
  }

  /** Each answer is announced once, when complete; the region holds only the latest. */
  function announce(text: string, citations: number) {
    replaceChildren(live)
    setTimeout(() => {
      live.textContent = `回答：${text}${citations ? `（附 ${citations} 处出处）` : ''}`
    }, 50)
  }

  function prefill(question: string) {
    input.value = question.trim().slice(0, 500)
    input.focus()
  }

  return { root, titleId, focusInput: () => input.focus(), prefill, ask }
}
