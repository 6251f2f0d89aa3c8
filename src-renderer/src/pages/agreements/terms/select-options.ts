import type { RegisterOptions } from 'react-hook-form'
import type { AgreementContent } from '@shared/schemas/agreement.schema'

/** An empty choice of a select is stored as null, as the terms schemas expect. */
export const EMPTY_AS_NULL: RegisterOptions<AgreementContent> = {
  setValueAs: (value: string) => (value === '' ? null : value)
}
