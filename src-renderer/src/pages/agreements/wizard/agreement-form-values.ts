import type { Agreement } from '@shared/domain/agreement'
import { agreementContentSchema, type AgreementContent } from '@shared/schemas/agreement.schema'

/** The editable part of a stored agreement: what the wizard's form holds. */
export function agreementToFormValues(agreement: Agreement): AgreementContent {
  const values: Record<string, unknown> = {}
  for (const key of Object.keys(agreementContentSchema.shape))
    values[key] = agreement[key as keyof AgreementContent]
  return values as AgreementContent
}
