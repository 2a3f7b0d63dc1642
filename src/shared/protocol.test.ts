import { describe, expect, it } from 'vitest'
import { contentToBackground, pageToBackground, toContent, validate } from './protocol.ts'

const match = { highlightId: 'h1', packId: 'russia-china-2025', claimId: 'split-russia-china', status: 'disputed', score: 0.9, sentence: 'A sentence.', terms: ['wedge'], alternatives: [{ packId: 'russia-china-2025', claimId: 'reverse-nixon' }] }
const feedback = { type: 'content/feedback', sentence: 'A sentence.', packId: 'p', claimId: 'c', verdict: 'dismissed', hostname: 'example.com', url: 'https://example.com/' }

describe('message guards accept what the protocol defines', () => {
  it.each([
    [contentToBackground, { type: 'content/config', hostname: 'example.com' }],
    [contentToBackground, { type: 'content/results', hostname: 'example.com', top: true, matches: [match] }],
    [contentToBackground, { type: 'content/card', packId: 'p', claimId: 'c' }],
    [pageToBackground, { type: 'ui/tab-view', tabId: 3 }],
    [pageToBackground, { type: 'ui/update-settings', sensitivity: 'strict' }],
    [pageToBackground, { type: 'ui/settings' }],
    [toContent, { type: 'page/jump', highlightId: 'h3' }],
    [toContent, { type: 'page/navigate', direction: 'previous' }],
    [contentToBackground, feedback],
    [contentToBackground, { ...feedback, verdict: 'confirmed', lang: 'de', instead: { packId: 'p', claimId: 'd' } }],
    [toContent, { type: 'page/feedback', highlightId: 'h2', verdict: 'dismissed' }],
    [pageToBackground, { type: 'ui/feedback-restore', ids: 'all' }],
    [pageToBackground, { type: 'ui/feedback-restore', ids: ['a', 'b'] }],
    [pageToBackground, { type: 'ui/feedback-export', confirmed: true }],
  ] as const)('%#: %j', (guards, message) => {
    expect(validate(guards as never, message)).toEqual(message)
  })
})

describe('message guards refuse anything else', () => {
  it.each([
    [contentToBackground, null],
    [contentToBackground, 'content/config'],
    [contentToBackground, { type: 'content/config' }],
    [contentToBackground, { type: 'content/config', hostname: 42 }],
    [contentToBackground, { type: 'content/config', hostname: 'x', extra: 1 }],
    [contentToBackground, { type: 'content/results', hostname: 'x', top: true, matches: [{ ...match, status: 'evil' }] }],
    [contentToBackground, { type: 'content/results', hostname: 'x', top: true, matches: [{ ...match, score: Number.NaN }] }],
    [contentToBackground, { type: 'content/results', hostname: 'x', top: 'yes', matches: [] }],
    [contentToBackground, { type: 'ui/settings' }],
    [contentToBackground, { type: '__proto__' }],
    [contentToBackground, { type: 'toString' }],
    [pageToBackground, { type: 'ui/tab-view', tabId: 1.5 }],
    [pageToBackground, { type: 'ui/update-settings', sensitivity: 'max' }],
    [pageToBackground, { type: 'ui/import-pack', fileName: 'x', text: 5 }],
    [toContent, { type: 'page/navigate', direction: 'sideways' }],
    [toContent, { type: 'page/jump', highlightId: 'x'.repeat(41) }],
    [toContent, []],
    // Extra keys that `in` would find on Object.prototype.
    [pageToBackground, JSON.parse('{"type":"ui/settings","__proto__":{"polluted":true}}')],
    [pageToBackground, { type: 'ui/settings', constructor: 1 }],
    [toContent, { type: 'page/toggle', toString: 'x' }],
    [contentToBackground, { ...feedback, verdict: 'maybe' }],
    [contentToBackground, { ...feedback, lang: 'fr' }],
    [contentToBackground, { ...feedback, instead: { packId: 'p' } }],
    [contentToBackground, { ...match, type: 'content/results', hostname: 'x', top: true, matches: [{ ...match, alternatives: 'x' }] }],
    [toContent, { type: 'page/feedback', highlightId: 'h2', verdict: 'dismissed', sentence: 'injected' }],
    [pageToBackground, { type: 'ui/feedback-restore', ids: 'some' }],
    [pageToBackground, { type: 'ui/feedback-restore', ids: [1] }],
  ] as const)('%#: %j', (guards, message) => {
    expect(validate(guards as never, message)).toBeNull()
  })
})
