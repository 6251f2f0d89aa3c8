import { useMemo } from 'react'
import { useWatch, type UseFormReturn } from 'react-hook-form'
import { localIsoDate } from '@shared/agreements/agreement-dates'
import { checkAgreement } from '@shared/agreements/check-agreement'
import type { AgreementCheck, AgreementIssue } from '@shared/domain/agreement'
import type { Partner } from '@shared/domain/partner'
import type { AgreementContent } from '@shared/schemas/agreement.schema'
import type { FieldIssueLookup } from '../../../components/form/field-issues'

interface LiveCheckInput {
  form: UseFormReturn<AgreementContent>
  partner: Partner | undefined
  /** Steps the coordinator has already left once: what is still missing there is worth saying. */
  leftSteps: ReadonlySet<number>
  /** The field a review link asked to fix (`?champ=`). */
  fieldToFix: string | null
}

/** Whether a missing value is said yet: not on a field nobody has reached, which would only be noise. */
function isMissing(issue: AgreementIssue): boolean {
  return issue.code.endsWith('-missing')
}

/**
 * The same rules as the review step and the service (`checkAgreement`), run on the form as it is typed, so each
 * rule shows next to its field at once: a problem when the value breaks it, a missing value once the field has
 * been reached or its step left.
 */
export function useLiveCheck({ form, partner, leftSteps, fieldToFix }: LiveCheckInput): {
  check: AgreementCheck
  issueFor: FieldIssueLookup
} {
  const values = useWatch({ control: form.control }) as AgreementContent
  const check = useMemo(
    () =>
      checkAgreement(values, {
        partner: partner ?? null,
        today: localIsoDate(new Date())
      }),
    [values, partner]
  )
  const issueFor: FieldIssueLookup = (path) => {
    const problem = check.problems.find((issue) => issue.field === path)
    const found = problem ?? check.warnings.find((issue) => issue.field === path)
    if (!found) return undefined
    const state = form.getFieldState(path as never)
    const reached = state.isTouched || leftSteps.has(found.step) || path === fieldToFix
    if (isMissing(found) && !reached) return undefined
    return { message: found.message, severity: problem ? 'problem' : 'warning' }
  }
  return { check, issueFor }
}
