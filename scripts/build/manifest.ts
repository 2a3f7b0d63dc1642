/**
 * The manifest for each browser from manifest.json, with the version from package.json (one place
 * to bump for a release). The Firefox build differs from Chromium's only where the browsers differ.
 */
export const GECKO_ID = 'counterpoint@counterpoint.invalid'

export function manifestFor(source: Record<string, unknown>, browser: 'chrome' | 'firefox', version: string): Record<string, unknown> {
  const { manifest_version, name, short_name, description, ...after } = source
  // The version where a reader of the manifest expects it, after the name and description.
  const base: Record<string, unknown> = { manifest_version, name, short_name, description, version, ...after }
  if (browser === 'chrome') return base
  const { background, minimum_chrome_version: _minimumChrome, ...rest } = base as { background: { service_worker: string } } & Record<string, unknown>
  const contentScripts = (base.content_scripts as Array<Record<string, unknown>>).map(({ match_origin_as_fallback: _fallback, ...script }) => script)
  return {
    ...rest,
    content_scripts: contentScripts,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      // Firefox for Android learnt data_collection_permissions in 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  }
}
