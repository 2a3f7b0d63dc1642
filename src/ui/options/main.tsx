/** Options page entry: settings come from and go to the background, which owns storage. */
import { render } from 'preact'
import browser from 'webextension-polyfill'
import { sendToBackground } from '../../shared/messaging.ts'
import { t, uiLanguage } from '../../shared/i18n.ts'
import type { SettingsView } from '../../shared/protocol.ts'
import type { FeedbackActions } from './feedback-list.tsx'
import { Options, type Corrections, type OptionsActions } from './options.tsx'

/** Saves text as a file the reader chooses where to keep; nothing leaves the device. */
function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/x-ndjson' }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

async function main(): Promise<void> {
  const lang = uiLanguage()
  document.documentElement.lang = lang
  document.title = t('optionsTitle')
  const root = document.getElementById('app') as HTMLElement
  let settings: SettingsView = await sendToBackground({ type: 'ui/settings' })
  let notice: { kind: 'ok' | 'error'; text: string } | null = null
  let feedback = await sendToBackground({ type: 'ui/feedback-list' })
  let feedbackNotice = ''
  const corrections = (): Corrections => ({ ...feedback, notice: feedbackNotice, actions: feedbackActions })
  const draw = (): void => render(<Options settings={settings} actions={actions} notice={notice} corrections={corrections()} lang={lang} />, root)
  const feedbackActions: FeedbackActions = {
    async restore(ids) {
      feedback = await sendToBackground({ type: 'ui/feedback-restore', ids })
      feedbackNotice = t('optFeedbackRestored')
      draw()
    },
    async exportFile(confirmed) {
      const { jsonl, rows } = await sendToBackground({ type: 'ui/feedback-export', confirmed })
      saveFile(`counterpoint-corrections-${new Date().toISOString().slice(0, 10)}.jsonl`, jsonl)
      feedbackNotice = t('optFeedbackExported', [String(rows)])
      draw()
    },
  }
  // Controls show the reader's choice at once; the background's reply then confirms it.
  const actions: OptionsActions = {
    async update(patch) {
      settings = { ...settings, ...patch }
      draw()
      settings = await sendToBackground({ type: 'ui/update-settings', ...patch })
      draw()
    },
    async setPackEnabled(packId, enabled) {
      settings = { ...settings, packs: settings.packs.map((pack) => (pack.id === packId ? { ...pack, enabled } : pack)) }
      draw()
      settings = await sendToBackground({ type: 'ui/set-pack-enabled', packId, enabled })
      draw()
    },
    async removePack(packId, name) {
      settings = await sendToBackground({ type: 'ui/remove-pack', packId })
      notice = { kind: 'ok', text: t('packRemoved', [name]) }
      draw()
    },
    async importFile(file) {
      const result = await sendToBackground({ type: 'ui/import-pack', fileName: file.name, text: await file.text() })
      if (result.ok) {
        settings = result.settings
        notice = { kind: 'ok', text: t('importOk', [result.pack.name, String(result.pack.claims)]) }
      } else notice = { kind: 'error', text: t('importFailed', [result.problem]) }
      draw()
    },
  }
  draw()
  document.body.dataset.ready = 'true'
  // Answers given in a page's card while this page is open show up here too.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'local') return
    void sendToBackground({ type: 'ui/feedback-list' }).then((next) => {
      feedback = next
      draw()
    })
  })
}

void main()
