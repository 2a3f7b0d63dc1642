/** The toolbar popup: the claims found on the current tab, grouped by status, and this site's switch. */
import browser from 'webextension-polyfill'
import { STATUSES, STATUS_SEVERITY } from '../../core/claims/status.ts'
import { t } from '../../shared/i18n.ts'
import { OPTIONS_PAGE } from '../../shared/pages.ts'
import type { FoundClaim, TabView } from '../../shared/protocol.ts'
import { statusLabel } from '../components/status-badge.tsx'
import { ClaimItem } from './claim-item.tsx'
import type { SentenceActions } from './on-page-sentence.tsx'

interface Props {
  view: TabView | null
  lang: 'en' | 'de'
  onToggleSite: (enabled: boolean) => void
  actions: SentenceActions
}

function Header({ view, onToggleSite }: Pick<Props, 'view' | 'onToggleSite'>) {
  const site = view?.site
  return (
    <header class="bar">
      <h1>
        <img src="/assets/icons/icon-32.png" alt="" width="20" height="20" />
        {t('popupTitle')}
      </h1>
      <a class="options-link" href={browser.runtime.getURL(OPTIONS_PAGE)} target="_blank" rel="noopener">
        {t('popupOptions')}
      </a>
      {site && (
        <label class="switch">
          <input type="checkbox" role="switch" checked={site.enabled} onChange={(event) => onToggleSite(event.currentTarget.checked)} />
          <span>{t('popupSiteSwitch', [site.hostname || t('popupLocalFiles')])}</span>
        </label>
      )}
    </header>
  )
}

function groups(claims: FoundClaim[]): Array<[FoundClaim['claim']['status'], FoundClaim[]]> {
  return [...STATUSES]
    .sort((a, b) => STATUS_SEVERITY[b] - STATUS_SEVERITY[a])
    .map((status): [typeof status, FoundClaim[]] => [status, claims.filter((found) => found.claim.status === status)])
    .filter(([, list]) => list.length > 0)
}

function Body({ view, lang, actions }: Pick<Props, 'view' | 'lang' | 'actions'>) {
  if (!view?.site) return <p class="empty">{t('popupUnavailable')}</p>
  if (!view.globallyEnabled) return <p class="empty">{t('popupGloballyOff')}</p>
  if (!view.site.enabled) return <p class="empty">{t('popupSiteOff')}</p>
  if (view.claims.length === 0) {
    return (
      <div class="empty" data-testid="empty-state">
        <h2>{t('popupEmptyTitle')}</h2>
        <p>{t('popupEmptyText')}</p>
      </div>
    )
  }
  let index = 0
  return (
    <>
      <p class="summary" role="status">
        {view.claims.length === 1 ? t('popupClaimsOne') : t('popupClaimsMany', [String(view.claims.length)])}
      </p>
      {groups(view.claims).map(([status, list]) => (
        <section class="group" key={status} aria-labelledby={`group-${status}`}>
          <h2 id={`group-${status}`}>
            {statusLabel(status)} ({list.length})
          </h2>
          <ul class="claims">
            {list.map((found) => (
              <ClaimItem key={`${found.claim.packId}/${found.claim.id}`} found={found} lang={lang} open={index++ === 0} actions={actions} />
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}

export function Popup(props: Props) {
  return (
    <>
      <Header view={props.view} onToggleSite={props.onToggleSite} />
      <main>
        <Body view={props.view} lang={props.lang} actions={props.actions} />
      </main>
      <footer class="privacy">{t('popupPrivacy')}</footer>
    </>
  )
}
