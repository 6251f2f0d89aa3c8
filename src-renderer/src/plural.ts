/**
 * « 1 point », « 2 points », « 0 point »: French puts the singular up to (and excluding) 2. The plural form
 * defaults to the singular plus « s »; irregular ones are given (« nouveau », « nouveaux »).
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('fr-FR')} ${Math.abs(count) >= 2 ? pluralForm : singular}`
}
