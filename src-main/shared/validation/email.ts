/** Pragmatic e-mail check: one @, no spaces, a dotted domain. Deliverability is not ours to judge. */
export function isValidEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(value) && value.length <= 254
}
