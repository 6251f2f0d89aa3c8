import { createContext, useContext } from 'react'
import type { AgreementView } from '@shared/domain/agreement'
import type { Partner } from '@shared/domain/partner'

export interface WizardContextValue {
  view: AgreementView
  /** The chosen partner structure, once loaded (its contacts and general-interest status matter to some steps). */
  partner: Partner | undefined
  editable: boolean
  /** A start date in the past waiting for the coordinator's « yes » before it is saved. */
  pastStartDate: { date: string; confirm: () => void } | null
}

export const WizardContext = createContext<WizardContextValue | undefined>(undefined)

export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext)
  if (!value) throw new Error('useWizard must be used inside the agreement wizard')
  return value
}
