/** French display formats of the UI: dates 28/11/2026, amounts 1 500,00 €. */

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })
const plainAmount = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

export function formatEuros(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? '—' : euros.format(cents / 100)
}

/** "150050" cents → "1 500,50", the way an amount field shows it. */
export function formatAmountInput(cents: number | null): string {
  return cents === null ? '' : plainAmount.format(cents / 100)
}

/** Reads an amount typed the French way ("1 500,5", "1500.50 €") into cents; undefined when unreadable. */
export function parseAmountToCents(text: string): number | null | undefined {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.')
  if (compact === '') return null
  if (!/^\d+(\.\d{0,2})?$/.test(compact)) return undefined
  return Math.round(Number(compact) * 100)
}

/** "2026-11-28" → "28/11/2026". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—'
  const [year, month, day] = iso.slice(0, 10).split('-')
  return `${day}/${month}/${year}`
}

/** ISO timestamp → "28/11/2026 à 14:05" in local time. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} à ${pad(date.getHours())}:${pad(date.getMinutes())}`
}
