/** Agreement references: `AD-<year>-<department>-<sequence of 4 digits>`, e.g. AD-2026-33-0042. */

const DEPARTMENT = /^(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-6])$/

export function isDepartmentCode(value: string): boolean {
  return DEPARTMENT.test(value)
}

/** Department of an INSEE commune code: 2 characters, 3 for overseas (971…976). */
export function departmentOfCommuneCode(communeCode: string): string {
  return communeCode.startsWith('97') ? communeCode.slice(0, 3) : communeCode.slice(0, 2)
}

export function formatAgreementReference(year: number, department: string, sequence: number): string {
  return `AD-${year}-${department}-${String(sequence).padStart(4, '0')}`
}
