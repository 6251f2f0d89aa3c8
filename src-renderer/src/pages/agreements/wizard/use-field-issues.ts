import type { AgreementCheck, AgreementIssue } from '@shared/domain/agreement'
import type { FieldIssueLookup } from '../../../components/form/field-issues'

interface FieldIssuesInput {
  /** The signing gate's answer for the draft as last autosaved (half a second after each change). */
  check: AgreementCheck
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
 * The review step's rules, each shown next to the field that fixes it as the coordinator types (every autosave
 * answers with the gate's check of the draft): a problem when a value breaks a rule at once, a missing value once
 * its step has been left.
 */
export function fieldIssuesOf({ check, leftSteps, fieldToFix }: FieldIssuesInput): FieldIssueLookup {
  return (path) => {
    const problem = check.problems.find((issue) => issue.field === path)
    const found = problem ?? check.warnings.find((issue) => issue.field === path)
    if (!found) return undefined
    // A missing value is said once its step has been left, or when the review sent the coordinator to it; never
    // as a field loses focus, which would push the page down under the pointer on its way to a button.
    const reached = leftSteps.has(found.step) || path === fieldToFix
    if (isMissing(found) && !reached) return undefined
    return { message: found.message, severity: problem ? 'problem' : 'warning' }
  }
}
