/** "2026-11-28" → "28/11/2026", the way the UI and messages write a date. */
export function frenchShortDate(isoDate: string): string {
  return isoDate.slice(0, 10).split('-').reverse().join('/')
}
