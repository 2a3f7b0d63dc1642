/** UI strings from _locales, typed by the English catalogue so a missing key fails the type check. */
import { api } from './extension-api.ts'
import type english from '../../_locales/en/messages.json'

export type MessageKey = keyof typeof english

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return api.i18n.getMessage(key, substitutions) || key
}

/** The UI follows the browser's language: German where it is German, English otherwise. */
export function uiLanguage(): 'en' | 'de' {
  return api.i18n.getUILanguage().toLowerCase().startsWith('de') ? 'de' : 'en'
}
