/** A change that cannot be made, with the field of the change that causes it (`text`, `from`, `newEndDate`…). */
export class AmendmentProblem extends Error {
  readonly field: string

  constructor(field: string, message: string) {
    super(message)
    this.name = 'AmendmentProblem'
    this.field = field
  }
}
