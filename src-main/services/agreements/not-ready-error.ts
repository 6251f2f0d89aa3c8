import type { AgreementIssue } from '../../shared/domain/agreement'
import { ValidationError, type FieldErrors } from '../../shared/errors'

/**
 * The signing gate's refusal: every blocking problem, each with its code, message and field. The message lists
 * them, so that the CLI and any other caller that only prints the message still says what to fix.
 */
export class NotReadyForSignatureError extends ValidationError {
  readonly problems: readonly AgreementIssue[]

  constructor(reference: string, problems: readonly AgreementIssue[]) {
    const fieldErrors: FieldErrors = {}
    for (const problem of problems) fieldErrors[problem.field] ??= problem.message
    const count = problems.length === 1 ? 'un point à corriger' : `${problems.length} points à corriger`
    super(
      `La convention ${reference} n’est pas prête pour signature : ${count}.\n${problems.map((problem) => `– ${problem.message}`).join('\n')}`,
      fieldErrors
    )
    this.name = 'NotReadyForSignatureError'
    this.problems = problems
  }
}
