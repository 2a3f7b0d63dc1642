/** The extension's own pages, by their path in the package (the manifest names the popup and options too). */
export const POPUP_PAGE = 'src/ui/popup/index.html'
export const OPTIONS_PAGE = 'src/ui/options/index.html'
/** Opened by the background on install; no manifest key names it. */
export const WELCOME_PAGE = 'src/ui/welcome/index.html'
