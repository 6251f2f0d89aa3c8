/**
 * The daily social security ceiling (plafond journalier de la sécurité sociale, art. L. 241-3 CSS), in cents, by
 * year. The salary of an employee made available for skills patronage counts only up to three times this ceiling
 * (art. 238 bis CGI). Published each December by decree: add the new year here; a later year uses the latest known.
 */
const FIRST_KNOWN = [2024, 21_300] as const
const DAILY_CEILING_CENTS: ReadonlyArray<readonly [year: number, cents: number]> = [
  FIRST_KNOWN,
  [2025, 21_600],
  [2026, 22_000]
]

export const SALARY_CAP_MULTIPLE = 3

export function dailyCeilingCents(year: number): { year: number; cents: number } {
  const known = DAILY_CEILING_CENTS.filter(([entryYear]) => entryYear <= year)
  const [entryYear, cents] = known.at(-1) ?? FIRST_KNOWN
  return { year: entryYear, cents }
}

/** The highest daily salary cost a skills patronage may count, for a start in `year`. */
export function dailySkillsCapCents(year: number): number {
  return dailyCeilingCents(year).cents * SALARY_CAP_MULTIPLE
}
