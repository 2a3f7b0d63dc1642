/**
 * Readable text of an HTML page for the command line: what a reader would see, block by
 * block, without scripts, styles, form fields, code or hidden elements. The content script
 * does the same walk over the live DOM; this is its counterpart for saved pages.
 */
import { Parser } from 'htmlparser2'

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'head', 'input', 'textarea', 'select', 'button', 'code', 'pre', 'kbd', 'samp'])
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'br', 'hr', 'dd', 'dt', 'dl', 'form', 'fieldset', 'address', 'details', 'summary', 'body', 'html', 'title'])

function isHidden(attributes: Record<string, string>): boolean {
  if ('hidden' in attributes || attributes['aria-hidden'] === 'true') return true
  const style = (attributes.style ?? '').replace(/\s+/g, '').toLowerCase()
  return style.includes('display:none') || style.includes('visibility:hidden')
}

export function htmlToText(html: string): string {
  const blocks: string[] = []
  let current = ''
  // Depth of open elements whose content is skipped; void tags never push.
  const stack: boolean[] = []
  let skipping = 0
  const flush = (): void => {
    const text = current.replace(/\s+/g, ' ').trim()
    if (text) blocks.push(text)
    current = ''
  }
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (BLOCK.has(name)) flush()
        if (VOID.has(name)) return
        const skip = skipping > 0 || SKIPPED.has(name) || isHidden(attributes)
        stack.push(skip)
        if (skip) skipping++
      },
      ontext(text) {
        if (skipping === 0) current += text
      },
      onclosetag(name) {
        if (VOID.has(name)) {
          if (BLOCK.has(name)) flush()
          return
        }
        if (stack.pop()) skipping--
        if (BLOCK.has(name)) flush()
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  )
  parser.write(html)
  parser.end()
  flush()
  return blocks.join('\n')
}
