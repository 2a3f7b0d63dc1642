/**
 * Pages built to break an extension, generated where they are large. Each says which sentences
 * must end up highlighted (all others must not be), and defines `window.pageWorks()`, the page's
 * own check that it still behaves as its author meant after the extension ran.
 */
import { bigArticle, CLAIM_SENTENCES } from './big-page.ts'
import { unrelatedCorpus } from '../../scripts/eval/corpora.ts'
import { coreSentencesOfHtml } from './expectations.ts'

export interface HostilePage {
  name: string
  path: string
  body: string
  contentType?: string
  /** Sentences that must be highlighted, and nothing else. */
  highlighted: string[]
  /** Big pages: the test also traces the renderer and asserts no long task of ours. */
  large?: boolean
}

const [PRY, DEPENDENT, NIXON] = CLAIM_SENTENCES as [string, string, string]

/** A button the page's own script counts clicks on: the simplest sign the page still works. */
const PROBE = `<button id="probe" type="button">probe</button>`
const PROBE_SCRIPT = `
  let clicks = 0
  document.getElementById('probe').addEventListener('click', () => clicks++)
  window.pageWorks = () => { const before = clicks; document.getElementById('probe').click(); return clicks === before + 1 && (window.pageCheck ? window.pageCheck() : true) }`

function html(options: { title: string; head?: string; body: string; script?: string; lang?: string; dir?: string }): string {
  const { title, head = '', body, script = '', lang = 'en', dir = 'ltr' } = options
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body>${PROBE}${body}<script>${PROBE_SCRIPT}\n${script}</script></body></html>`
}

function fillerWords(count: number): string[] {
  const words: string[] = []
  for (const document of unrelatedCorpus('en')) {
    for (const word of document.text.split(/\s+/)) {
      if (word) words.push(word)
      if (words.length >= count) return words
    }
  }
  return words
}

/** A script that runs in the page's head, before the content script (which runs at document idle). */
function early(code: string): string {
  return `<script>${code}</script>`
}

const ARTICLE = `<article><h1>Washington and Moscow</h1><p>${PRY}</p><p>Markets were calm on Tuesday.</p><p>${DEPENDENT}</p></article>`

/** Appends a paragraph after load: the extension's own change watching must still work. */
const LATE_PARAGRAPH = `setTimeout(() => { const p = document.createElement('p'); p.id = 'late'; p.textContent = ${JSON.stringify(NIXON)}; document.querySelector('article').append(p) }, 600)`

let built: HostilePage[] | null = null

/** The pages, built once per process (the million-word page and its expectation take a moment). */
export function hostilePages(): HostilePage[] {
  return (built ??= buildPages())
}

function buildPages(): HostilePage[] {
  const million = bigArticle(1_000_000)
  const filler = fillerWords(50_000)
  return [
    {
      name: 'a 1,000,000-word page',
      path: '/hostile/million-words.html',
      body: million.html.replace('<body>', `<body>${PROBE}`).replace('</body>', `<script>${PROBE_SCRIPT}</script></body>`),
      // The planted claims, and whatever else the core finds in a million words of real text
      // (a 1961 "America has divided ... the West" is one; npm run eval measures that rate).
      highlighted: [...new Set([...CLAIM_SENTENCES, ...coreSentencesOfHtml(million.html).map((found) => found.sentence)])],
      large: true,
    },
    {
      name: 'a DOM nested 10,000 deep',
      path: '/hostile/deep.html',
      body: html({
        title: 'Deep',
        // Chromium 156 itself crashes laying out 10,000 nested boxes (so do 2,000; measured), so the
        // wrappers are display: contents, as component frameworks' wrappers often are: the depth is in
        // the DOM, where the walker meets it, not in the layout.
        head: '<style>#root div, #root span { display: contents }</style>',
        body: '<div id="root"></div>',
        // The HTML parser caps nesting at 512, so the depth is built by script.
        script: `let node = document.getElementById('root')
          for (let depth = 0; depth < 10000; depth++) { const next = document.createElement(depth % 2 ? 'div' : 'span'); node.append(next); node = next }
          const p = document.createElement('p'); p.textContent = ${JSON.stringify(PRY)}; node.append(p)
          window.pageCheck = () => { let d = 0, n = document.getElementById('root'); while (n.firstElementChild) { n = n.firstElementChild; d++ } return d === 10001 }`,
      }),
      highlighted: [PRY],
      large: true,
    },
    {
      name: '50,000 tiny text nodes',
      path: '/hostile/tiny-nodes.html',
      body: html({
        title: 'Tiny nodes',
        body: '<article id="root"></article>',
        // Adjacent text nodes made by script stay separate (the parser would merge them).
        script: `const root = document.getElementById('root')
          const words = ${JSON.stringify(filler)}
          for (let start = 0; start < words.length; start += 500) {
            const p = document.createElement('p')
            for (const word of words.slice(start, start + 500)) { p.append(document.createTextNode(word), document.createTextNode(' ')) }
            root.append(p)
          }
          const claim = document.createElement('p')
          for (const letter of ${JSON.stringify(DEPENDENT)}) claim.append(document.createTextNode(letter))
          root.insertBefore(claim, root.children[50])
          window.pageCheck = () => root.childNodes.length === 101`,
      }),
      highlighted: [DEPENDENT],
      large: true,
    },
    {
      name: 'a page that mutates every frame',
      path: '/hostile/every-frame.html',
      body: html({
        title: 'Every frame',
        body: `${ARTICLE}<p id="clock">0</p><ul id="churn"></ul>`,
        script: `let frames = 0
          const tick = () => {
            frames++
            document.getElementById('clock').textContent = 'Frame ' + frames + ': markets moved ' + (frames % 7) + ' points.'
            const churn = document.getElementById('churn')
            const item = document.createElement('li'); item.textContent = 'Update ' + frames; churn.prepend(item)
            if (churn.children.length > 20) churn.lastElementChild.remove()
            requestAnimationFrame(tick)
          }
          requestAnimationFrame(tick)
          let seen = 0
          window.pageCheck = () => { const moved = frames > seen; seen = frames; return moved }`,
      }),
      highlighted: [PRY, DEPENDENT],
    },
    {
      name: 'form fields and editable regions',
      path: '/hostile/editable.html',
      body: html({
        title: 'Editable',
        body: `<article><p>${PRY}</p>
          <textarea id="area">${DEPENDENT}</textarea>
          <input id="field" value="${NIXON}">
          <select><option>${DEPENDENT}</option></select>
          <div id="editor" contenteditable="true"><p>${NIXON}</p></div>
          <div contenteditable="plaintext-only">${DEPENDENT}</div>
          <div contenteditable><span>${NIXON}</span></div></article>`,
        script: `window.pageCheck = () => document.getElementById('area').value.startsWith('Since 2022') && document.getElementById('field').value.startsWith('Critics')`,
      }),
      highlighted: [PRY],
    },
    {
      name: 'closed shadow roots and a cross-origin iframe',
      path: '/hostile/closed-and-cross.html',
      body: html({
        title: 'Closed and cross-origin',
        body: `<article><p>${PRY}</p><news-box id="closed"><template shadowrootmode="closed"><p>${DEPENDENT}</p></template></news-box>
          <iframe id="cross" title="cross-origin"></iframe></article>`,
        script: `const cross = new URL('/frame-inner.html', location.href)
          cross.hostname = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'
          document.getElementById('cross').src = cross.href
          window.pageCheck = () => document.getElementById('closed').shadowRoot === null`,
      }),
      highlighted: [PRY],
    },
    {
      name: 'hostile CSS: span { display: none }',
      path: '/hostile/css-hidden-spans.html',
      body: html({
        title: 'Hidden spans',
        head: '<style>span { display: none !important }</style>',
        body: `<article><p>${PRY}</p><p><span>${DEPENDENT}</span></p><p>${NIXON}<span> ${DEPENDENT}</span></p></article>`,
      }),
      highlighted: [PRY, NIXON],
    },
    {
      name: 'hostile CSS: * { all: unset }',
      path: '/hostile/css-all-unset.html',
      body: html({
        title: 'All unset',
        head: `<style>* { all: unset !important }</style><script>window.secret = ${JSON.stringify(DEPENDENT)}</script>`,
        body: ARTICLE.replace(`<p>${DEPENDENT}</p>`, ''),
      }),
      // The head's script text is rendered as text under all: unset; it is still code, not prose.
      highlighted: [PRY],
    },
    {
      name: 'hostile CSS: ::highlight overrides of our names and the page\'s own highlights',
      path: '/hostile/css-highlight-overrides.html',
      body: html({
        title: 'Highlight overrides',
        head: `<style>
          ::highlight(counterpoint-marker-disputed-light), ::highlight(counterpoint-marker-needs-context-light) { background-color: transparent; color: red }
          p::highlight(counterpoint-focus) { text-decoration: none }
          ::highlight(page-note) { background-color: #ffe2bf }</style>`,
        body: ARTICLE,
        script: `const range = document.createRange(); range.selectNodeContents(document.querySelector('h1'))
          CSS.highlights.set('page-note', new Highlight(range))
          window.pageCheck = () => CSS.highlights.get('page-note')?.has(range) === true`,
      }),
      highlighted: [PRY, DEPENDENT],
    },
    {
      name: 'a page script that replaces CSS.highlights',
      path: '/hostile/replaced-registry.html',
      body: html({
        title: 'Replaced registry',
        head: early(`window.realRegistry = CSS.highlights
          const fake = new Map(); Object.defineProperty(CSS, 'highlights', { value: fake, configurable: false })
          setInterval(() => fake.clear(), 100)`),
        body: ARTICLE,
        script: `${LATE_PARAGRAPH}
          window.pageCheck = () => CSS.highlights !== window.realRegistry && CSS.highlights instanceof Map`,
      }),
      highlighted: [PRY, DEPENDENT, NIXON],
    },
    {
      name: 'a page script that overrides Intl.Segmenter',
      path: '/hostile/segmenter.html',
      body: html({
        title: 'Segmenter',
        // Silently wrong rather than throwing: one "sentence" per page, which would defeat matching in a shared world.
        head: early(`const Fake = class { segment(text) { return [{ segment: text, index: 0, input: text }] } }
          Intl.Segmenter = Fake; window.FakeSegmenter = Fake`),
        body: ARTICLE,
        script: `${LATE_PARAGRAPH}
          window.pageCheck = () => Intl.Segmenter === window.FakeSegmenter`,
      }),
      highlighted: [PRY, DEPENDENT, NIXON],
    },
    {
      name: 'a page script that overrides Array.prototype.map',
      path: '/hostile/array-map.html',
      body: html({
        title: 'Array map',
        head: early(`const poisoned = function () { return [] }; Array.prototype.map = poisoned; window.poisonedMap = poisoned`),
        body: ARTICLE,
        script: `${LATE_PARAGRAPH}
          window.pageCheck = () => [1, 2].map((x) => x).length === 0 && Array.prototype.map === window.poisonedMap`,
      }),
      highlighted: [PRY, DEPENDENT, NIXON],
    },
    {
      name: 'a page script that overrides MutationObserver',
      path: '/hostile/mutation-observer.html',
      body: html({
        title: 'MutationObserver',
        head: early(`const Blind = class { observe() {} disconnect() {} takeRecords() { return [] } }
          window.MutationObserver = Blind; window.BlindObserver = Blind`),
        body: ARTICLE,
        script: `${LATE_PARAGRAPH}
          window.pageCheck = () => window.MutationObserver === window.BlindObserver`,
      }),
      // The late paragraph is found only if our watcher is not the page's blind one.
      highlighted: [PRY, DEPENDENT, NIXON],
    },
    {
      name: 'an Arabic page on the same story',
      path: '/hostile/arabic.html',
      body: html({
        title: 'ترامب وروسيا والصين',
        lang: 'ar',
        dir: 'rtl',
        body: `<article><h1>ترامب يسعى إلى التقارب مع موسكو</h1>
          <p>يأمل الرئيس الأمريكي دونالد ترامب في تحسين العلاقات مع روسيا، ويرى بعض المحللين أن هدفه هو إبعاد موسكو عن بكين.</p>
          <p>منذ عام 2022، أصبحت روسيا تعتمد بشكل متزايد على الصين في الآلات والرقائق الإلكترونية.</p>
          <p>ويصف المنتقدون هذه الاستراتيجية بأنها «نيكسون معكوس»، ويشكك الخبراء في إمكان نجاحها لأن الشراكة بين البلدين تقوم على مصالح مشتركة.</p>
          <p>وكانت بكين وموسكو قد أعلنتا في فبراير 2022 عن شراكة «بلا حدود».</p></article>`,
      }),
      highlighted: [],
    },
    {
      name: 'a Chinese page on the same story',
      path: '/hostile/chinese.html',
      body: html({
        title: '特朗普、俄罗斯与中国',
        lang: 'zh',
        body: `<article><h1>特朗普寻求与莫斯科缓和关系</h1>
          <p>美国总统特朗普希望改善与俄罗斯的关系。一些分析人士认为，他的目标是让莫斯科与北京保持距离。</p>
          <p>自2022年以来，俄罗斯在机床和芯片方面越来越依赖中国。批评者称这一策略为“反向尼克松”。</p>
          <p>专家们对此表示怀疑：中俄两国的伙伴关系建立在共同利益之上。北京和莫斯科在2022年2月宣布了“无上限”的伙伴关系。</p></article>`,
      }),
      highlighted: [],
    },
    {
      name: 'a page whose body is removed, then comes back',
      path: '/hostile/no-body.html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>No body</title><script>
        document.addEventListener('DOMContentLoaded', () => document.body.remove())
        addEventListener('load', () => setTimeout(() => {
          const body = document.createElement('body'); const p = document.createElement('p'); p.textContent = ${JSON.stringify(PRY)}
          body.append(p); document.documentElement.append(body)
        }, 800))
        window.pageWorks = () => document.documentElement.isConnected
      </script></head><body><p>${DEPENDENT}</p></body></html>`,
      // What was in the removed body is gone; what arrives in the new one is found.
      highlighted: [PRY],
    },
    {
      name: 'an SVG document (no body at all)',
      path: '/hostile/drawing.svg',
      contentType: 'image/svg+xml',
      body: `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="100"><text x="10" y="40">${PRY}</text>
        <script>window.pageWorks = () => document.documentElement.localName === 'svg'</script></svg>`,
      // Drawings are not prose: svg content is never read, in an HTML page or on its own.
      highlighted: [],
    },
    {
      name: 'one 1,000,000-letter word and a claim',
      path: '/hostile/long-word.html',
      body: html({ title: 'Long word', body: `<article><p>${'a'.repeat(1_000_000)}</p><p>${'Ru'.repeat(300_000)}. ${PRY}</p></article>` }),
      highlighted: [PRY],
      large: true,
    },
  ]
}
