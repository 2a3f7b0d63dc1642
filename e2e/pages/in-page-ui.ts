/**
 * Counterpoint's in-page UI (card and live region) lives in a closed shadow root that page
 * scripts cannot open. Tests read it the way DevTools does: through CDP, whose DOM domain
 * pierces closed shadow roots.
 */
import { expect, type CDPSession, type Page } from '@playwright/test'
import { highlightedSentences } from './extension-tab.ts'

interface DomNode {
  nodeId: number
  nodeName: string
  nodeType: number
  nodeValue?: string
  attributes?: string[]
  children?: DomNode[]
  shadowRoots?: Array<DomNode & { shadowRootType?: string }>
}

export interface UiElement {
  nodeId: number
  text: string
  attributes: Record<string, string>
}

function attributes(node: DomNode): Record<string, string> {
  const out: Record<string, string> = {}
  for (let i = 0; i + 1 < (node.attributes?.length ?? 0); i += 2) out[node.attributes?.[i] as string] = node.attributes?.[i + 1] as string
  return out
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? ''
  return (node.children ?? []).map(textOf).join('')
}

export class InPageUi {
  private session: CDPSession | null = null

  constructor(private readonly page: Page) {}

  private async cdp(): Promise<CDPSession> {
    this.session ??= await this.page.context().newCDPSession(this.page)
    return this.session
  }

  /** All elements inside closed shadow roots whose class list contains `className`. */
  async find(className: string): Promise<UiElement[]> {
    const cdp = await this.cdp()
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode }
    const found: UiElement[] = []
    const visit = (node: DomNode, inClosed: boolean): void => {
      const attrs = attributes(node)
      if (inClosed && (attrs.class ?? '').split(/\s+/).includes(className)) found.push({ nodeId: node.nodeId, text: textOf(node), attributes: attrs })
      for (const child of node.children ?? []) visit(child, inClosed)
      for (const shadow of node.shadowRoots ?? []) visit(shadow, inClosed || shadow.shadowRootType === 'closed')
    }
    visit(root, false)
    return found
  }

  async card(): Promise<UiElement | null> {
    const cards = await this.find('card')
    return cards.find((card) => 'data-open' in card.attributes) ?? null
  }

  /** A button in the open card, by its text ("Not this claim", "Wrong claim? Show others", …). */
  async cardButton(name: RegExp): Promise<UiElement | null> {
    if (!(await this.card())) return null
    return (await this.find('secondary')).find((button) => name.test(button.text)) ?? null
  }

  async liveText(): Promise<string> {
    return (await this.find('live'))[0]?.text ?? ''
  }

  /** The element's border box in viewport coordinates. */
  async box(element: UiElement): Promise<{ left: number; top: number; right: number; bottom: number }> {
    const cdp = await this.cdp()
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: element.nodeId })) as { model: { border: number[] } }
    const xs = [model.border[0], model.border[2], model.border[4], model.border[6]] as number[]
    const ys = [model.border[1], model.border[3], model.border[5], model.border[7]] as number[]
    return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) }
  }

  async outerHtml(element: UiElement): Promise<string> {
    const cdp = await this.cdp()
    return ((await cdp.send('DOM.getOuterHTML', { nodeId: element.nodeId })) as { outerHTML: string }).outerHTML
  }

  async computedStyle(element: UiElement, property: string): Promise<string | undefined> {
    const cdp = await this.cdp()
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: element.nodeId })) as { computedStyle: Array<{ name: string; value: string }> }
    return computedStyle.find((entry) => entry.name === property)?.value
  }

  /** Clicks the centre of an element inside the closed root (buttons in the card). */
  async click(element: UiElement): Promise<void> {
    const box = await this.box(element)
    await this.page.mouse.click((box.left + box.right) / 2, (box.top + box.bottom) / 2)
  }
}

/** The viewport rectangle of the first highlight whose text contains `needle`. */
export async function highlightRect(page: Page, needle: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return (await highlightedSentences(page)).find((sentence) => sentence.text.includes(needle) && sentence.rect)?.rect ?? null
}

/** Scrolls the highlighted sentence holding `needle` into the middle of the window and points at it until its card opens. */
export async function openCard(page: Page, needle: string): Promise<InPageUi> {
  await page.evaluate((text) => [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(text))?.scrollIntoView({ block: 'center' }), needle)
  await expect.poll(() => highlightRect(page, needle)).not.toBeNull()
  const rect = (await highlightRect(page, needle))!
  await page.mouse.move(rect.x + 5, rect.y + rect.height / 2)
  const ui = new InPageUi(page)
  await expect.poll(() => ui.card()).not.toBeNull()
  return ui
}
