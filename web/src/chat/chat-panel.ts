import { clipHistory } from '../../../server/core/history-limits.js'
import type { Api } from '../shared/api.js'
import { el, replaceChildren, uid } from '../shared/dom.js'
import type { Citation, Coverage, HistoryMessage } from '../shared/types.js'
import { createChatTurn, type ChatTurn } from './chat-turn.js'
import { conversationStore, type SavedTurn } from './conversation-store.js'
import { renderCoverage } from './coverage-note.js'
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
  /** 1 where the panel is the page (/embed), 2 under a page or site heading. */
  headingLevel?: 1 | 2
  /** sessionStorage key of this conversation; none = not kept */
  storageKey?: string
}

export interface ChatPanel {
  root: HTMLElement
  titleId: string
  focusInput(): void
  /** Puts a question in the box for the user to read and send (a shared link never asks by itself). */
  prefill(question: string): void
  ask(question: string): Promise<void>
  /** Loads what the service covers (and whether this site may ask); the widget calls it on first open. */
  loadCoverage(): Promise<void>
}

const NOT_ENABLED = '本网站尚未开通预算问答服务，暂时不能在这里提问。'

/** The conversation: identity, coverage, question box, streamed answers with citation chips, and the cited source. */
export function createChatPanel(opts: ChatPanelOptions): ChatPanel {
  const titleId = uid('mz-title')
  const inputId = uid('mz-q')
  const level = opts.headingLevel ?? 2
  const store = opts.storageKey ? conversationStore(opts.storageKey) : undefined
  let saved: SavedTurn[] = []
  const live = el('div', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true' })
  const input = el('input', { id: inputId, type: 'text', maxlength: 500, autocomplete: 'off', enterkeyhint: 'send', placeholder: '例如：今年的公务接待费是多少？' })
  const submit = el('button', { type: 'submit', class: 'primary', text: '提问' })
  const stop = el('button', { type: 'button', class: 'stop', text: '停止', hidden: true })
  const form = el('form', { class: 'ask' }, el('label', { for: inputId, class: 'sr-only', text: '你的问题' }), input, submit, stop)
  const suggestions = el('ul', { class: 'suggest', 'aria-label': '可以这样问' },
    ...opts.suggestions.map((q) => el('li', {}, el('button', { type: 'button', class: 'suggestion', onclick: () => void ask(q) }, q))))
  const coverage = el('div', { class: 'coverage-slot' })
  const intro = el('div', { class: 'intro' }, el('p', { text: '问部门预算里的任何数字，回答会附上原表中的出处。' }), coverage, suggestions)
  const log = el('section', { class: 'log', 'aria-label': '对话' }, intro)
  const source = createSourceView(opts.api, () => root.classList.remove('has-source'), (level + 1) as 2 | 3)
  const newChat = el('button', { type: 'button', class: 'new-chat', text: '新对话', hidden: true })
  const head = el('div', { class: 'chat-head' },
    el('div', {},
      el(`h${level}` as 'h1' | 'h2', { id: titleId, text: opts.title }),
      el('p', { class: 'scope', text: `${opts.org ? `${opts.org} · ` : ''}答案均引自公开预算文件` })),
    el('div', { class: 'head-actions' }, newChat,
      opts.onClose ? el('button', { type: 'button', class: 'close', 'aria-label': '关闭问答', text: '×', onclick: opts.onClose }) : null))
  const root = el('div', { class: opts.wide ? 'chat wide' : 'chat' }, head, el('div', { class: 'chat-main' }, log, source.root), form, live)
  let busy = false
  let controller: AbortController | undefined
  let coverageLoaded: Promise<void> | undefined

  form.addEventListener('submit', (e) => {
    e.preventDefault()
    void ask(input.value)
  })
  stop.addEventListener('click', () => controller?.abort())
  newChat.addEventListener('click', () => {
    controller?.abort()
    saved = []
    store?.clear()
    source.close()
    replaceChildren(log, intro)
    newChat.hidden = true
    input.focus()
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

  function startTurn(question: string): ChatTurn {
    intro.remove()
    newChat.hidden = false
    const turn = createChatTurn(question, openCitation)
    log.appendChild(turn.root)
    return turn
  }

  const history = (): HistoryMessage[] =>
    clipHistory(saved.flatMap((t): HistoryMessage[] => [{ role: 'user', content: t.question }, { role: 'assistant', content: t.state.error ?? t.state.text }]))

  function setBusy(on: boolean) {
    busy = on
    submit.hidden = on
    const stopHadFocus = (root.getRootNode() as Document | ShadowRoot).activeElement === stop
    stop.hidden = !on
    if (on && (root.getRootNode() as Document | ShadowRoot).activeElement === submit) stop.focus()
    if (!on && stopHadFocus) input.focus()
  }

  async function ask(raw: string): Promise<void> {
    const question = raw.trim()
    if (!question || busy || input.disabled) return
    input.value = ''
    const turn = startTurn(question)
    log.scrollTop = log.scrollHeight
    const retry = () => {
      turn.root.remove()
      void ask(question)
    }
    controller = new AbortController()
    setBusy(true)
    try {
      const state = await opts.api.chat({ question, history: history(), org: opts.org }, (s) => {
        turn.update(s)
        log.scrollTop = log.scrollHeight
      }, controller.signal)
      const final = { ...state, finished: true }
      turn.update(final)
      if (state.error) {
        input.value = question
        announce(state.error, 0)
        return
      }
      if (!final.text.trim()) final.text = turn.shownText()
      saved.push({ question, state: final })
      store?.save(saved)
      announce(turn.shownText(), state.citations.length)
    } catch (e) {
      if ((e as Error).name === 'AbortError') {
        turn.stopped()
        announce('已停止。', 0)
        return
      }
      // a site not in ALLOWED_ORIGINS cannot read the 403 (no CORS headers): ask the coverage route, which any site can read
      if ((e as { status?: number }).status === 0) await loadCoverage()
      if (input.disabled) {
        turn.fail(NOT_ENABLED)
        return
      }
      const message = e instanceof Error && e.message ? e.message : '回答时出了问题，请稍后再试。'
      turn.fail(message, retry)
      input.value = question
      announce(message, 0)
    } finally {
      setBusy(false)
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

  function showCoverage(c: Coverage) {
    if (c.allowed === false) {
      // the site's developer is told what to change; the citizen is not blamed for a network problem
      console.warn(`明账 widget: ${location.origin} is not in ALLOWED_ORIGINS on ${opts.api.base || location.origin}. Add it there (comma-separated) to enable questions from this site.`)
      input.disabled = true
      submit.disabled = true
      suggestions.remove()
      replaceChildren(coverage, el('p', { class: 'error not-enabled', text: NOT_ENABLED }))
      return
    }
    replaceChildren(coverage, renderCoverage(opts.api, c))
  }

  const loadCoverage = () =>
    (coverageLoaded ??= opts.api.coverage(opts.org).then(showCoverage, () => {
      coverageLoaded = undefined // offline or an older service: try again on the next open
    }))

  saved = store?.load() ?? []
  for (const t of saved) startTurn(t.question).update({ ...t.state, finished: true })

  function prefill(question: string) {
    input.value = question.trim().slice(0, 500)
    input.focus()
  }

  return {
    root,
    titleId,
    focusInput: () => input.focus(),
    prefill,
    ask,
    loadCoverage,
  }
}
