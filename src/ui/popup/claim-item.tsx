/** One found claim: what was claimed, how this page phrased it, what experts say, and why it matched. */
import { useState } from 'preact/hooks'
import { localise } from '../../core/claims/views.ts'
import { t } from '../../shared/i18n.ts'
import type { FoundClaim } from '../../shared/protocol.ts'
import { hostOf, SafeLink } from '../components/safe-link.tsx'
import { StatusBadge } from '../components/status-badge.tsx'
import { OnPageSentence, type SentenceActions } from './on-page-sentence.tsx'

interface Props {
  found: FoundClaim
  lang: 'en' | 'de'
  open: boolean
  actions: SentenceActions
}

/** Sentences listed per claim; a page that repeats a claim more often says so instead. */
const SHOWN_SENTENCES = 3

export function ClaimItem({ found, lang, open, actions }: Props) {
  const { claim, matches } = found
  const [jumpFailed, setJumpFailed] = useState(false)
  const first = matches[0]
  return (
    <li class="claim">
      <details open={open}>
        <summary>
          <StatusBadge status={claim.status} />
          <span class="claim-text">{localise(claim.claim, lang)}</span>
        </summary>
        <p class="verdict">{localise(claim.verdict, lang)}</p>
        {first && (
          <section>
            <h3>{t('labelOnThisPage')}</h3>
            <ul class="sentences">
              {matches.slice(0, SHOWN_SENTENCES).map((match) => (
                <OnPageSentence key={match.highlightId} match={match} lang={lang} actions={actions} onJumpFailed={setJumpFailed} />
              ))}
            </ul>
            {matches.length > SHOWN_SENTENCES && <p class="muted">{t('moreSentences', [String(matches.length - SHOWN_SENTENCES)])}</p>}
            {jumpFailed && (
              <p class="warning" role="status">
                {t('jumpFailed')}
              </p>
            )}
          </section>
        )}
        {claim.counterpoints.length > 0 && (
          <section>
            <h3>{t('labelCounterpoints')}</h3>
            <ul class="counterpoints">
              {claim.counterpoints.map((point) => (
                <li key={point.name}>
                  <p class="who">
                    <strong>{point.name}</strong>, {localise(point.role, lang)}
                  </p>
                  <blockquote>{localise(point.quote, lang)}</blockquote>
                  <p class="muted">
                    {[point.kind === 'summary' ? t('quoteSummary') : null, point.translated ? t('quoteTranslated') : null].filter(Boolean).join(', ')}
                    {point.kind === 'summary' || point.translated ? ' · ' : ''}
                    <SafeLink href={point.source.url}>{point.source.name}</SafeLink>
                    {point.source.date ? ` (${point.source.date})` : ''}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        )}
        {claim.context.length > 0 && (
          <section>
            <h3>{t('labelContext')}</h3>
            {claim.context.map((note) => (
              <div class="context" key={note.title.en}>
                <p>
                  <strong>{localise(note.title, lang)}.</strong> {localise(note.text, lang)}
                </p>
              </div>
            ))}
          </section>
        )}
        {first && (
          <section>
            <h3>{t('labelWhyMatched')}</h3>
            <p class="why">{t('whyMatched', [first.terms.map((term) => `“${term}”`).join(', '), String(Math.round(first.score * 100))])}</p>
          </section>
        )}
        {(claim.claimant || claim.appearances.length > 0) && (
          <section class="muted small">
            {claim.claimant && (
              <p>
                {t('labelClaimant')}: {claim.claimant}
              </p>
            )}
            {claim.appearances.length > 0 && (
              <p>
                {t('labelAppearances')}:{' '}
                {claim.appearances.map((appearance, index) => (
                  <span key={appearance.url}>
                    {index > 0 ? ', ' : ''}
                    <SafeLink href={appearance.url}>{appearance.title ?? hostOf(appearance.url)}</SafeLink>
                  </span>
                ))}
              </p>
            )}
          </section>
        )}
      </details>
    </li>
  )
}
