/** Keyboard commands from the manifest, as the message each sends to the page. */
import type { AnyMessage, ToContent } from '../shared/protocol.ts'

export function messageForCommand(command: string): AnyMessage<ToContent> | null {
  switch (command) {
    case 'next-claim':
      return { type: 'page/navigate', direction: 'next' }
    case 'previous-claim':
      return { type: 'page/navigate', direction: 'previous' }
    case 'toggle-highlights':
      return { type: 'page/toggle' }
    default:
      return null
  }
}
