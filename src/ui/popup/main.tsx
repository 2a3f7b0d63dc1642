/**
 * Popup entry. The tab is the active one, or the one named by ?tab=ID (the card's "More" opens
 * the popup that way in a tab, and tests do the same). Renders from what the background holds.
 */
import { render } from 'preact'
import browser from 'webextension-polyfill'
import { sendToBackground, sendToTab } from '../../shared/messaging.ts'
import { t, uiLanguage } from '../../shared/i18n.ts'
import type { TabView } from '../../shared/protocol.ts'
import { Popup } from './popup.tsx'

async function currentTabId(): Promise<number | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'))
  if (Number.isSafeInteger(named) && named > 0) return named
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true })
  return tab?.id ?? null
}

async function main(): Promise<void> {
  const lang = uiLanguage()
  document.documentElement.lang = lang
  document.title = t('popupTitle')
  const root = document.getElementById('app') as HTMLElement
  const tabId = await currentTabId()
  let view: TabView | null = tabId === null ? null : await sendToBackground({ type: 'ui/tab-view', tabId })
  /** Whether the tab's content script did what was asked: false without a tab, or when the page is gone. */
  const okFromTab = async (send: (tabId: number) => Promise<{ ok: boolean }>): Promise<boolean> => {
    if (tabId === null) return false
    try {
      return (await send(tabId)).ok
    } catch {
      return false
    }
  }
  const draw = (): void =>
    render(
      <Popup
        view={view}
        lang={lang}
        onToggleSite={(enabled) => {
          if (tabId === null) return
          if (view?.site) view = { ...view, site: { ...view.site, enabled } }
          draw()
          void sendToBackground({ type: 'ui/set-site-enabled', tabId, enabled }).then((next) => {
            view = next
            draw()
          })
        }}
        actions={{
          onJump: (highlightId, frameId) => okFromTab((id) => sendToTab(id, { type: 'page/jump', highlightId }, frameId)),
          onFeedback: (highlightId, frameId, verdict, instead) => okFromTab((id) => sendToTab(id, { type: 'page/feedback', highlightId, verdict, ...(instead ? { instead } : {}) }, frameId)),
        }}
      />,
      root,
    )
  draw()
  document.body.dataset.ready = 'true'
  // Results arrive while the page is still being read, or when it changes: follow them.
  browser.storage.onChanged.addListener((changes, area) => {
    if (tabId === null || (area !== 'session' && area !== 'local')) return
    if (area === 'session' && !(`tab:${tabId}` in changes)) return
    void sendToBackground({ type: 'ui/tab-view', tabId }).then((next) => {
      view = next
      draw()
    })
  })
}

void main()
