/**
 * What a new reader needs before the first highlight: what is marked and why, one example with
 * the card it opens, the privacy promise, the keyboard, how to switch a site off, and what to do
 * when a highlight is wrong. Everything is local: no remote image, font or script.
 */
import { localise, quoteOpening, type CardView } from '../../core/claims/views.ts'
import { t } from '../../shared/i18n.ts'
import { StatusBadge } from '../components/status-badge.tsx'

export interface Shortcut {
  keys: string
  action: string
}

interface Props {
  lang: 'en' | 'de'
  card: CardView | null
  shortcuts: Shortcut[]
  optionsUrl: string
}

function ExampleCard({ card, lang }: { card: CardView; lang: 'en' | 'de' }) {
  return (
    <div class="example-card" aria-label={t('welcomeExampleLabel')}>
      <StatusBadge status={card.status} />
      <p class="claim-text">{localise(card.claim, lang)}</p>
      <p class="verdict">{localise(card.verdict, lang)}</p>
      {card.counterpoint && (
        <blockquote>
          <span class="who">
            {card.counterpoint.name}, {localise(card.counterpoint.role, lang)}
          </span>
          “{quoteOpening(localise(card.counterpoint.quote, lang))}”
        </blockquote>
      )}
    </div>
  )
}

export function Welcome({ lang, card, shortcuts, optionsUrl }: Props) {
  return (
    <main class="welcome">
      <header class="welcome-head">
        <img src="/assets/icons/icon-48.png" alt="" width="40" height="40" />
        <h1>{t('welcomeTitle')}</h1>
      </header>
      <p class="lead">{t('welcomeIntro')}</p>

      <section aria-labelledby="what-heading">
        <h2 id="what-heading">{t('welcomeWhatTitle')}</h2>
        <p>{t('welcomeWhat')}</p>
        <figure class="example">
          <p class="example-text" data-testid="example">
            {t('welcomeExampleBefore')}
            <mark class="example-mark" data-status={card?.status ?? 'disputed'}>
              {t('welcomeExampleSentence')}
            </mark>
            {t('welcomeExampleAfter')}
          </p>
          {card && <ExampleCard card={card} lang={lang} />}
          <figcaption class="muted small">{t('welcomeExampleCaption')}</figcaption>
        </figure>
      </section>

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('welcomePrivacyTitle')}</h2>
        <p>{t('welcomePrivacy')}</p>
      </section>

      <section aria-labelledby="keys-heading">
        <h2 id="keys-heading">{t('welcomeKeysTitle')}</h2>
        <dl class="keys">
          {shortcuts.map((shortcut) => (
            <div key={shortcut.action}>
              <dt>{shortcut.keys ? <kbd>{shortcut.keys}</kbd> : <span class="muted">{t('welcomeKeyUnset')}</span>}</dt>
              <dd>{shortcut.action}</dd>
            </div>
          ))}
        </dl>
        <p class="muted small">{t('welcomeKeysChange')}</p>
      </section>

      <section aria-labelledby="site-heading">
        <h2 id="site-heading">{t('welcomeSiteTitle')}</h2>
        <p>{t('welcomeSite')}</p>
      </section>

      <section aria-labelledby="correct-heading">
        <h2 id="correct-heading">{t('welcomeCorrectTitle')}</h2>
        <p>{t('welcomeCorrect')}</p>
      </section>

      <p class="welcome-options">
        <a href={optionsUrl}>{t('welcomeOptions')}</a>
      </p>
    </main>
  )
}
