import { describe, expect, it } from 'vitest'
import manifest from '../../manifest.json' with { type: 'json' }
import { messageForCommand } from './commands.ts'

describe('keyboard commands', () => {
  it.each(Object.keys(manifest.commands))('%s from the manifest sends a message to the page', (command) => {
    expect(messageForCommand(command)).not.toBeNull()
  })

  it('maps next and previous to navigation, and the toggle to the toggle', () => {
    expect(messageForCommand('next-claim')).toEqual({ type: 'page/navigate', direction: 'next' })
    expect(messageForCommand('previous-claim')).toEqual({ type: 'page/navigate', direction: 'previous' })
    expect(messageForCommand('toggle-highlights')).toEqual({ type: 'page/toggle' })
    expect(messageForCommand('unknown')).toBeNull()
  })
})
