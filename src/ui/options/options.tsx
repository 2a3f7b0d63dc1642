/** The options page: on/off, sensitivity, highlight style, sites turned off, claim packs and the reader's corrections. */
import { useState } from 'preact/hooks'
import { SENSITIVITIES, type Sensitivity } from '../../core/match/sensitivity.ts'
import { t, type MessageKey } from '../../shared/i18n.ts'
import { HIGHLIGHT_STYLES, type FeedbackView, type HighlightStyle, type SettingsView } from '../../shared/protocol.ts'
import { FeedbackList, type FeedbackActions } from './feedback-list.tsx'
import { PackList, type PackActions } from './pack-list.tsx'

export interface OptionsActions extends PackActions {
  update: (patch: { enabled?: boolean; sensitivity?: Sensitivity; style?: HighlightStyle; disabledSites?: string[] }) => Promise<void>
}

export interface Corrections {
  items: FeedbackView[]
  limit: number
  notice: string
  actions: FeedbackActions
}

interface Props {
  settings: SettingsView
  actions: OptionsActions
  notice: { kind: 'ok' | 'error'; text: string } | null
  corrections: Corrections
  lang: 'en' | 'de'
}

export function Options({ settings, actions, notice, corrections, lang }: Props) {
  const [busy, setBusy] = useState(false)
  const run = (work: Promise<void>): void => {
    setBusy(true)
    void work.finally(() => setBusy(false))
  }
  return (
    <main class="options" aria-busy={busy}>
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optPrivacy')}</p>

      <section>
        <label class="switch">
          <input type="checkbox" role="switch" checked={settings.enabled} onChange={(event) => run(actions.update({ enabled: event.currentTarget.checked }))} />
          <span>{t('optHighlights')}</span>
        </label>
      </section>

      <fieldset>
        <legend>{t('optSensitivity')}</legend>
        {SENSITIVITIES.map((level) => (
          <label class="choice" key={level}>
            <input type="radio" name="sensitivity" value={level} checked={settings.sensitivity === level} onChange={() => run(actions.update({ sensitivity: level }))} />
            <span>{t(`sens_${level}` as MessageKey)}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optStyle')}</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label class="choice" key={style}>
            <input type="radio" name="style" value={style} checked={settings.style === style} onChange={() => run(actions.update({ style }))} />
            <span class={`sample sample-${style}`}>{t(`style_${style}` as MessageKey)}</span>
          </label>
        ))}
      </fieldset>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('optSites')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{t('optSitesEmpty')}</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span>{site || t('popupLocalFiles')}</span>
                <button type="button" onClick={() => run(actions.update({ disabledSites: settings.disabledSites.filter((other) => other !== site) }))}>
                  {t('optSiteEnable')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <PackList settings={settings} actions={actions} notice={notice} run={run} />

      <FeedbackList items={corrections.items} limit={corrections.limit} lang={lang} actions={corrections.actions} notice={corrections.notice} run={run} />
    </main>
  )
}
