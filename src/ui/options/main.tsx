/** Options page entry: settings come from and go to the background, which owns storage. */
import { render } from 'preact'
import { sendToBackground } from '../../shared/messaging.ts'
import { t, uiLanguage } from '../../shared/i18n.ts'
import type { SettingsView } from '../../shared/protocol.ts'
import { Options, type OptionsActions } from './options.tsx'

async function main(): Promise<void> {
  document.documentElement.lang = uiLanguage()
  document.title = t('optionsTitle')
  const root = document.getElementById('app') as HTMLElement
  let settings: SettingsView = await sendToBackground({ type: 'ui/settings' })
  let notice: { kind: 'ok' | 'error'; text: string } | null = null
  const draw = (): void => render(<Options settings={settings} actions={actions} notice={notice} />, root)
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
}

void main()
