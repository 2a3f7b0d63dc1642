/**
 * One sentence of the page under its claim: the words, "Show on page", and the reader's answer
 * ("Not this claim", "Yes, this restates it", "Wrong claim? Show others"), sent to the tab's
 * content script, which answers exactly as its card does.
 */
import { useState } from 'preact/hooks'
import { localise } from '../../core/claims/views.ts'
import { t } from '../../shared/i18n.ts'
import type { ClaimRef, ListedMatch, Verdict } from '../../shared/protocol.ts'

export interface SentenceActions {
  onJump: (highlightId: string, frameId: number) => Promise<boolean>
  onFeedback: (highlightId: string, frameId: number, verdict: Verdict, instead?: ClaimRef) => Promise<boolean>
}

export function OnPageSentence({ match, lang, actions, onJumpFailed }: { match: ListedMatch; lang: 'en' | 'de'; actions: SentenceActions; onJumpFailed: (failed: boolean) => void }) {
  const [state, setState] = useState<'asking' | 'busy' | 'confirmed' | 'failed'>('asking')
  const [showOthers, setShowOthers] = useState(false)
  const sentenceId = `sentence-${match.frameId}-${match.highlightId}`
  const othersId = `others-${match.frameId}-${match.highlightId}`
  const answer = async (verdict: Verdict, instead?: ClaimRef): Promise<void> => {
    setState('busy')
    const ok = await actions.onFeedback(match.highlightId, match.frameId, verdict, instead)
    // A dismissed sentence leaves the list when the page reports again; a confirmed one stays, thanked.
    setState(!ok ? 'failed' : verdict === 'confirmed' ? 'confirmed' : 'busy')
  }
  const busy = state === 'busy'
  return (
    <li>
      <blockquote class="on-page" id={sentenceId}>
        {match.sentence}
      </blockquote>
      {/* Described by its own sentence, so several buttons in one claim stay distinguishable. */}
      <div class="sentence-actions">
        <button type="button" class="jump" onClick={() => void actions.onJump(match.highlightId, match.frameId).then((ok) => onJumpFailed(!ok))} aria-describedby={sentenceId}>
          {t('jumpButton')}
        </button>
        {state === 'confirmed' ? (
          <p class="muted small" role="status">
            {t('announceConfirmed')}
          </p>
        ) : (
          <div class="feedback" role="group" aria-label={t('feedbackGroup')}>
            <button type="button" class="quiet" disabled={busy} aria-describedby={sentenceId} onClick={() => void answer('dismissed')}>
              {t('feedbackNot')}
            </button>
            <button type="button" class="quiet" disabled={busy} aria-describedby={sentenceId} onClick={() => void answer('confirmed')}>
              {t('feedbackYes')}
            </button>
            {match.others.length > 0 && (
              <button type="button" class="quiet" disabled={busy} aria-expanded={showOthers} aria-controls={othersId} onClick={() => setShowOthers(!showOthers)}>
                {t('feedbackOthers')}
              </button>
            )}
          </div>
        )}
      </div>
      {showOthers && state !== 'confirmed' && (
        <ul class="others" id={othersId}>
          {match.others.map((other) => (
            <li key={`${other.packId}/${other.claimId}`}>
              <button type="button" class="quiet" disabled={busy} onClick={() => void answer('dismissed', { packId: other.packId, claimId: other.claimId })}>
                {t('feedbackInstead', [localise(other.claim, lang)])}
              </button>
            </li>
          ))}
        </ul>
      )}
      {state === 'failed' && (
        <p class="warning" role="status">
          {t('feedbackFailed')}
        </p>
      )}
    </li>
  )
}
