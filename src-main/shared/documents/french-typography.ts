import { NBSP } from './french-format'

/**
 * French typography for free text typed by the coordinator: a non-breaking space before ; : ! ? and inside
 * « guillemets », straight quotes turned into guillemets and typographic apostrophes. Times ("14:05"), addresses
 * ("https://…") and ratios ("1:2") are left alone: a colon gets its space only when a space or the end follows it.
 */
export function frenchTypography(text: string): string {
  return (
    text
      .replace(/'/g, '’')
      .replace(/\b(n°|N°) /g, `$1${NBSP}`)
      // "quoted" → « quoted » (pairs only, on one line).
      .replace(/"([^"\n]+)"/g, '«$1»')
      .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
      .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`)
      // A space typed before ; ! ? : becomes non-breaking; a missing one is added.
      .replace(/[ \u202f]+([;!?:])/g, `${NBSP}$1`)
      .replace(/([^\s\u00a0;!?:«])([;!?])(?=\s|$|»)/g, `$1${NBSP}$2`)
      .replace(/([^\s\u00a0;!?:«/\d])(:)(?=\s|$)/g, `$1${NBSP}$2`)
  )
}
