/** Replies to the content scripts and to the extension's own pages. */
import browser from 'webextension-polyfill'
import { STATUS_SEVERITY } from '../core/index.ts'
import { view as bundledView } from 'counterpoint:bundled-pack'
import type { ClaimView } from '../core/claims/views.ts'
import { uiLanguage } from '../shared/i18n.ts'
import { POPUP_PAGE } from '../shared/pages.ts'
import { claimKey, type AnyMessage, type ContentConfig, type ContentToBackground, type FoundClaim, type PageToBackground, type Reply, type SettingsView, type TabView } from '../shared/protocol.ts'
import { badgeFor } from './badge.ts'
import { cardFor, importPack, removePack, setPackEnabled, summaries } from './packs.ts'
import { getState, updateState } from './store.ts'
import { allMatches, readTab, recordFrame, type TabState } from './tab-state.ts'
import { isRelevant, matchBlocks } from './matching.ts'
import { exportFeedback, feedbackViews, recordFeedback, restoreFeedback } from './feedback.ts'

/** The badge for the tab's record; null when it was cleared. */
export async function showBadge(tabId: number, state: TabState | null): Promise<void> {
  const { text, colour } = badgeFor(allMatches(state))
  await browser.action.setBadgeText({ tabId, text })
  if (colour) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: colour })
    const action = browser.action as typeof browser.action & { setBadgeTextColor?: (details: { tabId: number; color: string }) => Promise<void> }
    await action.setBadgeTextColor?.({ tabId, color: '#ffffff' })
  }
}

export async function contentConfig(hostname: string): Promise<ContentConfig> {
  const { settings } = (await getState()).state
  return { active: settings.enabled && !settings.disabledSites.includes(hostname), style: settings.style }
}

export async function settingsView(): Promise<SettingsView> {
  const { state } = await getState()
  const { enabled, sensitivity, style, disabledSites } = state.settings
  return { enabled, sensitivity, style, disabledSites, packs: summaries(state, uiLanguage()) }
}

async function claimViews(): Promise<Map<string, ClaimView>> {
  const { packs } = await getState()
  const views = new Map<string, ClaimView>()
  for (const claim of [...bundledView.claims, ...packs.flatMap((pack) => pack.view.claims)]) views.set(claimKey({ packId: claim.packId, claimId: claim.id }), claim)
  return views
}

export async function tabView(tabId: number): Promise<TabView> {
  const [tab, { state }, views] = await Promise.all([readTab(tabId), getState(), claimViews()])
  const grouped = new Map<string, FoundClaim>()
  for (const match of allMatches(tab)) {
    const key = claimKey(match)
    const claim = views.get(key)
    if (!claim) continue
    const entry = grouped.get(key) ?? { claim, matches: [] }
    const others = match.alternatives.flatMap((ref) => {
      const other = views.get(claimKey(ref))
      return other ? [{ ...ref, claim: other.claim }] : []
    })
    entry.matches.push({ ...match, others })
    grouped.set(key, entry)
  }
  const claims = [...grouped.values()].sort((a, b) => STATUS_SEVERITY[b.claim.status] - STATUS_SEVERITY[a.claim.status])
  return {
    site: tab ? { hostname: tab.hostname, enabled: !state.settings.disabledSites.includes(tab.hostname) } : null,
    globallyEnabled: state.settings.enabled,
    claims,
  }
}

async function openDetails(tabId: number): Promise<void> {
  try {
    await browser.action.openPopup()
  } catch {
    // No popup without a focused window or before Chrome 127: show the same view in a tab.
    await browser.tabs.create({ url: `${browser.runtime.getURL(POPUP_PAGE)}?tab=${tabId}` })
  }
}

export async function fromContent(message: AnyMessage<ContentToBackground>, tabId: number, frameId: number): Promise<unknown> {
  switch (message.type) {
    case 'content/config':
      return contentConfig(message.hostname) satisfies Promise<Reply<ContentToBackground, 'content/config'>>
    case 'content/gate': {
      const config = await contentConfig(message.hostname)
      const relevant = config.active && (await isRelevant(message))
      // A page with nothing to show does not report: its first ask stands for the report.
      if (message.first && !relevant) await recordFrame(tabId, frameId, message.hostname, message.top, [], (state) => showBadge(tabId, state))
      return { ...config, relevant } satisfies Reply<ContentToBackground, 'content/gate'>
    }
    case 'content/match':
      return { matches: await matchBlocks(message) } satisfies Reply<ContentToBackground, 'content/match'>
    case 'content/results': {
      await recordFrame(tabId, frameId, message.hostname, message.top, message.matches, (state) => showBadge(tabId, state))
      return null
    }
    case 'content/open-details':
      await openDetails(tabId)
      return null
    case 'content/feedback':
      await recordFeedback(message)
      return null
    case 'content/card':
      return cardFor(message.packId, message.claimId)
  }
}

export async function fromPage(message: AnyMessage<PageToBackground>, rejected: () => number): Promise<unknown> {
  switch (message.type) {
    case 'ui/tab-view':
      return tabView(message.tabId)
    case 'ui/set-site-enabled': {
      const tab = await readTab(message.tabId)
      if (tab) {
        await updateState((state) => {
          const others = state.settings.disabledSites.filter((site) => site !== tab.hostname)
          return { ...state, settings: { ...state.settings, disabledSites: message.enabled ? others : [...others, tab.hostname] } }
        })
      }
      return tabView(message.tabId)
    }
    case 'ui/settings':
      return settingsView()
    case 'ui/update-settings': {
      const { type: _type, ...patch } = message
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined))
      await updateState((state) => ({ ...state, settings: { ...state.settings, ...defined } }))
      return settingsView()
    }
    case 'ui/import-pack': {
      const result = await importPack(message.text, message.fileName)
      if (!result.ok) return result
      const settings = await settingsView()
      const pack = settings.packs.find((summary) => summary.id === result.value.id)
      return { ok: true, pack, settings }
    }
    case 'ui/set-pack-enabled':
      await setPackEnabled(message.packId, message.enabled)
      return settingsView()
    case 'ui/remove-pack':
      await removePack(message.packId)
      return settingsView()
    case 'ui/rejected-count':
      return { rejected: rejected() }
    case 'ui/feedback-list':
      return feedbackViews(uiLanguage())
    case 'ui/feedback-restore':
      await restoreFeedback(message.ids)
      return feedbackViews(uiLanguage())
    case 'ui/feedback-export':
      return exportFeedback(message.confirmed)
  }
}
