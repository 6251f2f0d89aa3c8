import type { AgreementTerms } from '../schemas/agreement-terms.schema'

/**
 * The one amount a summary row shows for an agreement, in cents: the remuneration (economic cooperation), the
 * co-financing total (social innovation), the yearly purchases (responsible practices), the gift (patronage).
 */
export function agreementAmountCents(terms: AgreementTerms | null): number | null {
  if (terms === null) return null
  switch (terms.type) {
    case 'economic-cooperation':
      return terms.remunerationAmountCents
    case 'social-innovation': {
      const amounts = terms.coFinancing.map((line) => line.amountCents).filter((cents) => cents !== null)
      return amounts.length === 0 ? null : amounts.reduce((sum, cents) => sum + cents, 0)
    }
    case 'responsible-practices':
      return terms.yearlyAmountCents
    case 'patronage':
      return terms.amountCents
  }
}
