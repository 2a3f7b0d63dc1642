/**
 * The reader's corrections: each sentence they marked "Not this claim" (or confirmed), with the
 * claim, the site and the date, restorable one by one or all at once; and the export, a file in
 * the evaluation format the reader chooses to save. Nothing here is sent anywhere.
 */
import { useState } from 'preact/hooks'
import { t } from '../../shared/i18n.ts'
import type { FeedbackView } from '../../shared/protocol.ts'

export interface FeedbackActions {
  restore: (ids: string[] | 'all') => Promise<void>
  exportFile: (confirmed: boolean) => Promise<void>
}

interface Props {
  items: FeedbackView[]
  limit: number
  lang: 'en' | 'de'
  actions: FeedbackActions
  notice: string
  run: (work: Promise<void>) => void
}

function day(iso: string, lang: 'en' | 'de'): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(date)
}

export function FeedbackList({ items, limit, lang, actions, notice, run }: Props) {
  const [confirmed, setConfirmed] = useState(false)
  return (
    <section aria-labelledby="feedback-heading" data-testid="feedback">
      <h2 id="feedback-heading">{t('optFeedback')}</h2>
      <p class="muted">{t('optFeedbackHelp', [String(limit)])}</p>
      {items.length === 0 ? (
        <p class="muted">{t('optFeedbackEmpty')}</p>
      ) : (
        <>
          <ul class="feedback-items">
            {items.map((item) => (
              <li key={item.id} data-verdict={item.verdict}>
                <div>
                  <blockquote class="on-page" id={`fb-${item.id}`}>
                    {item.sentence}
                  </blockquote>
                  <p class="small">
                    <strong>{t(item.verdict === 'dismissed' ? 'optFeedbackDismissed' : 'optFeedbackConfirmed')}:</strong> {item.claim}
                  </p>
                  <p class="muted small">
                    {item.site || t('popupLocalFiles')} · <time dateTime={item.at}>{day(item.at, lang)}</time>
                  </p>
                </div>
                <button type="button" aria-describedby={`fb-${item.id}`} onClick={() => run(actions.restore([item.id]))}>
                  {t('optFeedbackRestore')}
                </button>
              </li>
            ))}
          </ul>
          <p>
            <button type="button" class="quiet" onClick={() => run(actions.restore('all'))}>
              {t('optFeedbackRestoreAll')}
            </button>
          </p>
        </>
      )}
      <div class="export">
        <label class="choice">
          <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.currentTarget.checked)} />
          <span>{t('optFeedbackIncludeConfirmed')}</span>
        </label>
        <button type="button" aria-describedby="export-help" disabled={items.length === 0} onClick={() => run(actions.exportFile(confirmed))}>
          {t('optFeedbackExport')}
        </button>
        <p id="export-help" class="muted small">
          {t('optFeedbackExportHelp')}
        </p>
      </div>
      <div class="notice" role="status" aria-live="polite" data-kind={notice ? 'ok' : ''}>
        {notice}
      </div>
    </section>
  )
}
