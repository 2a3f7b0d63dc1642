/**
 * The card's "Is this right?" row: "Not this claim", "Yes, this restates it" and, where the
 * sentence has a runner-up, "Wrong claim? Show others" with one button per other claim. Claim
 * texts are set with textContent, like everything else in the card.
 */
import { localise, type CardView } from '../core/claims/views.ts'
import { t } from '../shared/i18n.ts'
import type { ClaimRef, Verdict } from '../shared/protocol.ts'

export interface FeedbackControls {
  /** Other claims the sentence might restate, most probable first. */
  alternatives: readonly ClaimRef[]
  claimFor: (ref: ClaimRef) => Promise<CardView | null>
  /** Records the answer; the card closes after "Not this claim" and says thanks after "Yes". */
  answer: (verdict: Verdict, instead?: ClaimRef) => Promise<void>
}

type Make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => HTMLElementTagNameMap[K]

const OTHERS_ID = 'counterpoint-card-others'

export function feedbackRow(make: Make, controls: FeedbackControls, lang: 'en' | 'de'): HTMLElement {
  const row = make('div', 'feedback')
  row.setAttribute('role', 'group')
  row.setAttribute('aria-label', t('feedbackGroup'))
  const button = (text: string, onClick: () => void): HTMLButtonElement => {
    const element = make('button', 'secondary quiet', text)
    element.type = 'button'
    element.addEventListener('click', onClick)
    return element
  }
  const settle = (verdict: Verdict, instead?: ClaimRef): void => {
    for (const control of row.querySelectorAll('button')) control.disabled = true
    void controls.answer(verdict, instead).then(() => {
      if (verdict !== 'confirmed' || !row.isConnected) return
      row.replaceChildren(make('p', 'noted', t('announceConfirmed')))
    })
  }
  row.append(button(t('feedbackNot'), () => settle('dismissed')), button(t('feedbackYes'), () => settle('confirmed')))
  if (controls.alternatives.length === 0) return row
  const list = make('ul', 'others')
  list.id = OTHERS_ID
  list.hidden = true
  const toggle = button(t('feedbackOthers'), () => {
    const open = list.hidden
    list.hidden = !open
    toggle.setAttribute('aria-expanded', String(open))
    if (!open || list.childElementCount > 0) return
    void Promise.all(controls.alternatives.map(async (ref) => ({ ref, view: await controls.claimFor(ref) }))).then((others) => {
      for (const { ref, view } of others) {
        if (!view) continue
        const item = make('li', '')
        item.append(button(t('feedbackInstead', [localise(view.claim, lang)]), () => settle('dismissed', ref)))
        list.append(item)
      }
      ;(list.querySelector('button') as HTMLButtonElement | null)?.focus({ preventScroll: true })
    })
  })
  toggle.setAttribute('aria-expanded', 'false')
  toggle.setAttribute('aria-controls', OTHERS_ID)
  row.append(toggle, list)
  return row
}
