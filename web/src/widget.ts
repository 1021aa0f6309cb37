import components from './styles/components.css'
import widgetCss from './styles/widget.css'
import { createChatPanel } from './chat/chat-panel.js'
import { attachStyledShadow } from './chat/shadow.js'
import { parseSuggestions } from './chat/suggestions.js'
import { createApi } from './shared/api.js'
import { el } from './shared/dom.js'

/**
 * The embeddable widget:
 *   <script src="https://HOST/widget.js" data-mingzhang data-org="…" data-title="…" async></script>
 * A floating button opening the chat panel, in a shadow root. The API base is where this script came from.
 */
// when currentScript is unavailable, the script marks itself with data-mingzhang: never guess by file name
const script = (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>('script[data-mingzhang]')
const flag = '__mingzhangWidget'

if (script && !(window as any)[flag]) {
  ;(window as any)[flag] = true
  const start = () => mountWidget(script)
  if (document.body) start()
  else document.addEventListener('DOMContentLoaded', start, { once: true })
}

function mountWidget(script: HTMLScriptElement): void {
  const base = new URL('./', script.src).href.replace(/\/$/, '')
  const org = script.dataset.org?.trim() || undefined
  const title = script.dataset.title?.trim() || '预算问答'
  // A custom element name: host rules for div/section never match it; inline !important beats the rest.
  const host = document.createElement('mingzhang-widget')
  for (const [k, v] of [['all', 'initial'], ['display', 'block'], ['position', 'static'], ['width', '0'], ['height', '0']]) host.style.setProperty(k, v, 'important')
  const shadow = attachStyledShadow(host, components + widgetCss)

  const launcher = el('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-haspopup': 'dialog', text: title })
  const panel = el('div', { class: 'panel', role: 'dialog', hidden: true })
  const chat = createChatPanel({
    api: createApi(base), title, org, suggestions: parseSuggestions(script.dataset.questions, org), onClose: close,
    storageKey: `mingzhang:${base}:${org ?? ''}`,
  })
  panel.setAttribute('aria-labelledby', chat.titleId)
  panel.appendChild(chat.root)
  // the panel covers the whole page on phones: then it is modal and Tab stays inside it
  const covering = matchMedia('(max-width: 480px)')

  function open() {
    panel.hidden = false
    launcher.hidden = true
    launcher.setAttribute('aria-expanded', 'true')
    if (covering.matches) panel.setAttribute('aria-modal', 'true')
    else panel.removeAttribute('aria-modal')
    void chat.loadCoverage()
    chat.focusInput()
  }
  function close() {
    panel.hidden = true
    launcher.hidden = false
    launcher.setAttribute('aria-expanded', 'false')
    launcher.focus()
  }
  launcher.addEventListener('click', open)
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close()
    else if (e.key === 'Tab' && covering.matches) trapFocus(e, shadow, panel)
  })
  // tells a developer at once when this site is not enabled (the warning names the setting); no UI until opened
  setTimeout(() => void chat.loadCoverage(), 0)
  shadow.append(launcher, panel)
  document.body.appendChild(host)
}

/** Keeps Tab and Shift+Tab cycling among the panel's visible controls. */
function trapFocus(e: KeyboardEvent, shadow: ShadowRoot, panel: HTMLElement): void {
  const focusable = [...panel.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], summary, [tabindex]:not([tabindex="-1"])')]
    .filter((n) => !(n as HTMLButtonElement).disabled && n.getClientRects().length > 0)
  if (!focusable.length) return
  const first = focusable[0]
  const last = focusable[focusable.length - 1]
  const active = shadow.activeElement
  if (e.shiftKey && (active === first || !panel.contains(active))) {
    e.preventDefault()
    last.focus()
  } else if (!e.shiftKey && (active === last || !panel.contains(active))) {
    e.preventDefault()
    first.focus()
  }
}
