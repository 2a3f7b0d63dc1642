/**
 * The first-run page, opened once when Counterpoint is installed (see background/welcome.ts).
 * Shortcuts are read from the browser, so the page shows what the reader actually has.
 */
import { render } from 'preact'
import browser from 'webextension-polyfill'
import { cards } from 'counterpoint:bundled-pack'
import { t, uiLanguage } from '../../shared/i18n.ts'
import { OPTIONS_PAGE } from '../../shared/pages.ts'
import { EXAMPLE_CLAIM } from './example.ts'
import { Welcome, type Shortcut } from './welcome.tsx'

async function shortcuts(): Promise<Shortcut[]> {
  try {
    return (await browser.commands.getAll()).flatMap((command) => (command.description ? [{ keys: command.shortcut ?? '', action: command.description }] : []))
  } catch {
    return []
  }
}

async function main(): Promise<void> {
  const lang = uiLanguage()
  document.documentElement.lang = lang
  document.title = t('welcomeTitle')
  const card = cards[EXAMPLE_CLAIM] ?? null
  render(<Welcome lang={lang} card={card} shortcuts={await shortcuts()} optionsUrl={browser.runtime.getURL(OPTIONS_PAGE)} />, document.getElementById('app') as HTMLElement)
  document.body.dataset.ready = 'true'
}

void main()
