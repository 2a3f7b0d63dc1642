/** Styles of the card and live region, inside the closed shadow root. Colours meet WCAG AA on both themes. */
export const CARD_CSS = `
:host{all:initial}
.live{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.card{position:fixed;box-sizing:border-box;width:min(360px,calc(100vw - 16px));max-height:calc(100vh - 16px);overflow:auto;padding:12px 14px;border-radius:10px;font:14px/1.45 system-ui,sans-serif;text-align:left;letter-spacing:normal;text-transform:none;white-space:normal;background:#fff;color:#1b1b1b;border:1px solid #c9ced6;box-shadow:0 6px 24px #0003;opacity:0;transform:translateY(4px);transition:opacity .12s,transform .12s}
.card[data-open]{opacity:1;transform:none}
.card[data-theme=dark]{background:#1f2329;color:#eef0f3;border-color:#4a515c;box-shadow:0 6px 24px #0008}
.card:focus{outline:2px solid #1d5fbf;outline-offset:2px}
.status{display:inline-block;margin:0 0 6px;padding:1px 8px;border-radius:999px;font-weight:600;font-size:12px}
[data-status=false]{background:#ffe3e3;color:#8a1c1c}
[data-status=disputed]{background:#ffe8cc;color:#7a3500}
[data-status=needs-context]{background:#fff3bf;color:#5c4300}
[data-status=incomplete]{background:#d0ebff;color:#0b4372}
[data-status=accurate]{background:#d3f9d8;color:#1b5e2b}
[data-theme=dark] [data-status=false]{background:#5c1a1a;color:#ffd7d7}
[data-theme=dark] [data-status=disputed]{background:#5a2e05;color:#ffe0c2}
[data-theme=dark] [data-status=needs-context]{background:#4a3b00;color:#fff1b8}
[data-theme=dark] [data-status=incomplete]{background:#0b3a5e;color:#d6ecff}
[data-theme=dark] [data-status=accurate]{background:#164224;color:#d3f9d8}
.title{margin:0 0 6px;font-size:14px;font-weight:600}
.verdict{margin:0 0 8px;font-size:13px}
.counterpoint{margin:0 0 10px;padding-left:10px;border-left:3px solid #8a94a3;font-size:13px;overflow:hidden;display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical}
.who{display:block;font-weight:600}
.actions{display:flex;gap:8px;justify-content:flex-end}
button{font:inherit;font-size:13px;padding:5px 12px;border-radius:6px;cursor:pointer;background:#1d5fbf;color:#fff;border:1px solid #1d5fbf}
button.secondary{background:none;color:inherit;border-color:#8a94a3}
[data-theme=dark] button:not(.secondary){background:#8ab4f8;color:#0b1b33;border-color:#8ab4f8}
button:focus-visible,[data-theme=dark]:focus{outline:2px solid #1d5fbf;outline-offset:2px}
[data-theme=dark] button:focus-visible,[data-theme=dark].card:focus{outline-color:#8ab4f8}
.feedback{display:flex;flex-wrap:wrap;gap:6px;margin-top:10px;padding-top:8px;border-top:1px solid #c9ced6}
[data-theme=dark] .feedback{border-color:#4a515c}
button.quiet{font-size:12px;padding:3px 8px}
.others{list-style:none;margin:2px 0 0;padding:0;width:100%;display:flex;flex-direction:column;gap:4px}
.others button{text-align:left;width:100%}
.noted{margin:0;font-size:12px}
@media (prefers-reduced-motion:reduce){.card{transition:none;transform:none}}
`
