import type { AgreementIssue } from '../domain/agreement'
import { WIZARD_STEPS, type WizardStep } from '../schemas/agreement.schema'

/** Builds an issue with its step's key, so that each rule only names its step number. */
export function issue(code: string, step: WizardStep, field: string, message: string): AgreementIssue {
  const stepKey = WIZARD_STEPS[step - 1]?.key ?? 'relecture'
  return { code, step, stepKey, field, message }
}

export const isBlank = (value: string | null | undefined): boolean =>
  value === null || value === undefined || value.trim() === ''
