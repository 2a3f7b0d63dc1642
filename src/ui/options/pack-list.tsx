/** Installed claim packs, their switches, and the import. The bundled pack can be turned off but not removed. */
import { t } from '../../shared/i18n.ts'
import type { SettingsView } from '../../shared/protocol.ts'

/** What the pack list can do; the options page provides it. */
export interface PackActions {
  setPackEnabled: (packId: string, enabled: boolean) => Promise<void>
  removePack: (packId: string, name: string) => Promise<void>
  importFile: (file: File) => Promise<void>
}

interface Props {
  settings: SettingsView
  actions: PackActions
  notice: { kind: 'ok' | 'error'; text: string } | null
  run: (work: Promise<void>) => void
}

export function PackList({ settings, actions, notice, run }: Props) {
  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('optPacks')}</h2>
      <ul class="packs">
        {settings.packs.map((pack) => (
          <li key={pack.id} data-pack={pack.id}>
            <div>
              <strong>{pack.name}</strong>
              <span class="muted">
                {' '}
                · {t('packClaims', [String(pack.claims)])}
                {pack.bundled ? ` · ${t('packBundled')}` : pack.source ? ` · ${pack.source}` : ''}
              </span>
            </div>
            <div class="pack-actions">
              <label class="switch">
                <input type="checkbox" role="switch" checked={pack.enabled} onChange={(event) => run(actions.setPackEnabled(pack.id, event.currentTarget.checked))} />
                <span>{t('packEnabled')}</span>
              </label>
              {!pack.bundled && (
                <button type="button" onClick={() => run(actions.removePack(pack.id, pack.name))}>
                  {t('packRemove')} <span class="visually-hidden">{pack.name}</span>
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <div class="import">
        <label for="import-file">{t('packImport')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          aria-describedby="import-help"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0]
            event.currentTarget.value = ''
            if (file) run(actions.importFile(file))
          }}
        />
        <p id="import-help" class="muted">
          {t('packImportHelp')}
        </p>
      </div>
      <div class="notice" role="status" aria-live="polite" data-kind={notice?.kind ?? ''}>
        {notice?.text ?? ''}
      </div>
    </section>
  )
}
