import components from './styles/components.css'
import { createChatPanel } from './chat/chat-panel.js'
import { attachStyledShadow } from './chat/shadow.js'
import { defaultSuggestions } from './chat/suggestions.js'
import { createApi } from './shared/api.js'

/**
 * The chat page (/) and its iframe form (/embed?org=…&title=…): the widget's panel, full size, same origin.
 * `?q=` only fills the box: a shared link must not make the official page show an answer nobody asked for.
 * `title` is honoured only on /embed (the embedding site names its panel), and bounded.
 */
const MAX_TITLE = 20
const mount = document.getElementById('app')
if (mount) {
  const params = new URLSearchParams(location.search)
  const org = params.get('org')?.trim().slice(0, 100) || undefined
  const embed = mount.dataset.mode === 'embed'
  const title = (embed && params.get('title')?.trim().slice(0, MAX_TITLE)) || (embed ? '预算问答' : '问预算')
  const shadow = attachStyledShadow(mount, components)
  const chat = createChatPanel({
    api: createApi(''), title, org, suggestions: defaultSuggestions(org), wide: !embed,
    headingLevel: embed ? 1 : 2, // /embed is a page of its own inside the iframe: the panel title is its h1
    storageKey: `mingzhang:${location.pathname}:${org ?? ''}`,
  })
  shadow.appendChild(chat.root)
  void chat.loadCoverage()
  const q = params.get('q')?.trim()
  if (q) chat.prefill(q)
  else if (!embed && matchMedia('(pointer: fine)').matches) chat.focusInput() // no keyboard pop-up on phones
}
